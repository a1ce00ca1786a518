import { describe, expect, it } from 'vitest';
import { fakeContext, failure, runEffect, succeeded } from './fakeContext';

describe('order.update', () => {
  const ctx = (extra: Parameters<typeof fakeContext>[0] = {}) =>
    fakeContext({
      order: { id: '9', price: 100, custom: { note: 'start' } },
      contact: { name: 'Dana', chat: 'chat-1', phones: [{ type: 'WORK', value: '+1 1' }] },
      outputs: { c1: { chat: 'chat-1' } },
      ...extra,
    });

  it('renders templates and converts them to the field type (ex3: "{{order.price}}5" is 1005)', () => {
    const fields = [
      { field: 'order.custom.note', value: 'from C {{robots.c1.chat}}' },
      { field: 'order.price', value: '{{order.price}}5' },
    ];
    const result = succeeded(runEffect('order.update', { fields }, ctx()));
    expect(result.output).toEqual({ fields: { 'order.custom.note': 'from C chat-1', 'order.price': 1005 } });
    expect(result.set).toEqual({ 'order.custom.note': 'from C chat-1', 'order.price': 1005 });
    expect(result.emit).toBeUndefined();
  });

  it('takes literals as they are and converts booleans, datetimes and enums written as text', () => {
    const fields = [
      { field: 'order.paid', value: 'true' },
      { field: 'order.shipped', value: false },
      { field: 'order.deliveryDate', value: '2024-05-01T10:00:00Z' },
      { field: 'order.deliveryStatus', value: 'delivered' },
      { field: 'contact.name', value: 'Dana K.' },
      { field: 'order.custom.giftWrap', value: 'false' },
    ];
    expect(succeeded(runEffect('order.update', { fields }, ctx())).set).toEqual({
      'order.paid': true,
      'order.shipped': false,
      'order.deliveryDate': '2024-05-01T10:00:00Z',
      'order.deliveryStatus': 'delivered',
      'contact.name': 'Dana K.',
      'order.custom.giftWrap': false,
    });
  });

  it('replaces a list field, or adds to it with append', () => {
    const fields = [{ field: 'contact.phones', value: '+1 2' }];
    expect(succeeded(runEffect('order.update', { fields }, ctx())).set).toEqual({
      'contact.phones': [{ type: 'OTHER', value: '+1 2' }],
    });
    const entry = [{ field: 'contact.phones', value: { type: 'MOBILE', value: '+1 3' } }];
    expect(succeeded(runEffect('order.update', { fields: entry, append: true }, ctx())).set).toEqual({
      'contact.phones': [
        { type: 'WORK', value: '+1 1' },
        { type: 'MOBILE', value: '+1 3' },
      ],
    });
  });

  it('fails on an unknown field with its full path (ex3)', () => {
    expect(failure(runEffect('order.update', { fields: [{ field: 'order.bogus', value: 1 }] }, ctx()))).toBe(
      'Unknown field "order.bogus"',
    );
    expect(
      failure(runEffect('order.update', { fields: [{ field: 'responsible.name', value: 'x' }] }, ctx())),
    ).toBe('Unknown field "responsible.name"');
  });

  it('fails on a value of the wrong type, naming the path and the type', () => {
    const bad = (field: string, value: unknown) =>
      failure(runEffect('order.update', { fields: [{ field, value }] }, ctx()));
    expect(bad('order.price', 'cheap')).toBe('Value of "order.price" is not a number');
    expect(bad('order.paid', 'yes')).toBe('Value of "order.paid" is not a boolean');
    expect(bad('order.deliveryDate', 'tomorrow')).toBe('Value of "order.deliveryDate" is not a datetime');
    expect(bad('order.deliveryStatus', 'lost')).toBe('Value of "order.deliveryStatus" is not a enum');
    expect(bad('order.currency', 12)).toBe('Value of "order.currency" is not a string');
    expect(bad('contact.emails', [{ type: 'FAX', value: 'x' }])).toBe(
      'Value of "contact.emails" is not a emails',
    );
  });

  it('changes nothing when one assignment fails (all or nothing)', () => {
    const fields = [
      { field: 'order.currency', value: 'EUR' },
      { field: 'order.price', value: 'n/a' },
    ];
    const result = runEffect('order.update', { fields }, ctx());
    expect(result).toEqual({ ok: false, error: 'Value of "order.price" is not a number' });
  });
});

describe('order.status', () => {
  it('moves the order to a known status', () => {
    const result = succeeded(runEffect('order.status', { statusId: 'P' }, fakeContext()));
    expect(result.output).toEqual({ statusId: 'P' });
    expect(result.moveTo).toBe('P');
    expect(result.cancels).toBeUndefined();
  });

  it('fails on an unknown status', () => {
    expect(failure(runEffect('order.status', { statusId: 'Z' }, fakeContext()))).toBe('Unknown status "Z"');
  });
});

describe('order.cancel', () => {
  const ctx = () => fakeContext({ order: { id: '77', paymentDueDate: undefined } });

  it('cancels with the rendered reason, stops pending robots and moves to the failure status (ex2)', () => {
    const result = succeeded(
      runEffect('order.cancel', { statusId: 'D', reason: 'Not paid by {{order.paymentDueDate}}' }, ctx()),
    );
    expect(result.output).toEqual({ statusId: 'D', reason: 'Not paid by ' });
    expect(result.set).toEqual({ 'order.canceled': true, 'order.cancelReason': 'Not paid by ' });
    expect(result.moveTo).toBe('D');
    expect(result.cancels).toBe(true);
    expect(result.emit).toEqual([{ type: 'order.canceled' }]);
  });

  it('gives an empty reason when none is set', () => {
    expect(succeeded(runEffect('order.cancel', { statusId: 'D' }, ctx())).output).toEqual({
      statusId: 'D',
      reason: '',
    });
  });

  it('fails on an unknown status, then on a status that is not a failure status', () => {
    expect(failure(runEffect('order.cancel', { statusId: 'Q' }, ctx()))).toBe('Unknown status "Q"');
    expect(failure(runEffect('order.cancel', { statusId: 'F' }, ctx()))).toBe(
      'Status "F" is not a failure status',
    );
  });
});

describe('order.pay, order.allowDelivery, order.ship', () => {
  it('marks the order paid and emits payment.received', () => {
    expect(runEffect('order.pay', {}, fakeContext())).toEqual({
      ok: true,
      output: {},
      set: { 'order.paid': true },
      emit: [{ type: 'payment.received' }],
    });
  });

  it('allows delivery (ex1: allowDelivery true, deliveryStatus allowed) and emits shipment.allowed', () => {
    expect(runEffect('order.allowDelivery', {}, fakeContext())).toEqual({
      ok: true,
      output: {},
      set: { 'order.allowDelivery': true, 'order.deliveryStatus': 'allowed' },
      emit: [{ type: 'shipment.allowed' }],
    });
  });

  it('marks the order shipped and emits shipment.shipped', () => {
    expect(runEffect('order.ship', {}, fakeContext())).toEqual({
      ok: true,
      output: {},
      set: { 'order.shipped': true, 'order.deliveryStatus': 'shipped' },
      emit: [{ type: 'shipment.shipped' }],
    });
  });
});

describe('code.generate', () => {
  it('fills date parts in the flow time zone and the zero-padded sequence (ex1)', () => {
    const ctx = fakeContext({ now: '2024-03-29T17:30:00.000Z', timezone: 'Europe/Berlin', codeSequence: 7 });
    const result = succeeded(runEffect('code.generate', { pattern: 'ORD-{yyyy}{mm}{dd}-{seq:4}' }, ctx));
    expect(result.output).toEqual({ code: 'ORD-20240329-0007' });
    expect(result.set).toEqual({ 'order.accountNumber': 'ORD-20240329-0007' });
    expect(result.usedCodeSequence).toBe(true);
  });

  it('takes the calendar day of the time zone, not of UTC', () => {
    const ctx = fakeContext({ now: '2024-12-31T23:30:00.000Z', timezone: 'Asia/Tokyo', codeSequence: 12 });
    expect(
      succeeded(runEffect('code.generate', { pattern: '{yy}/{mm}/{dd}-{seq:3}' }, ctx)).output.code,
    ).toBe('25/01/01-012');
  });

  it('renders {{path}} inserts and keeps literal {{ escapes, writing into the chosen field', () => {
    const ctx = fakeContext({ order: { id: '42', shopTitle: 'Demo' }, codeSequence: 3 });
    const settings = {
      pattern: '{{order.shopTitle}}-{{order.id}}-{seq:2} {{{{x',
      field: 'order.trackingNumber',
    };
    const result = succeeded(runEffect('code.generate', settings, ctx));
    expect(result.output.code).toBe('Demo-42-03 {{x');
    expect(result.set).toEqual({ 'order.trackingNumber': 'Demo-42-03 {{x' });
  });

  it('does not expand tokens that order values happen to contain', () => {
    const ctx = fakeContext({ order: { shopTitle: '{yyyy}' }, codeSequence: 1 });
    expect(succeeded(runEffect('code.generate', { pattern: '{{order.shopTitle}}' }, ctx)).output.code).toBe(
      '{yyyy}',
    );
  });

  it('fails on an unknown target field', () => {
    expect(failure(runEffect('code.generate', { pattern: 'X', field: 'order.nope' }, fakeContext()))).toBe(
      'Unknown field "order.nope"',
    );
  });
});
