import { describe, expect, it } from 'vitest';
import { fakeContext, failure, runEffect, succeeded } from './fakeContext';

// Conformance example ex1: Anna has a WORK and a MOBILE phone and a HOME email.
const anna = {
  name: 'Anna',
  phones: [
    { type: 'WORK' as const, value: '+49 30 111' },
    { type: 'MOBILE' as const, value: '+49 170 222' },
  ],
  emails: [{ type: 'HOME' as const, value: 'anna@example.org' }],
};
const mailboxes = [
  { id: 'mb1', address: 'shop@shop.example', name: 'Shop' },
  { id: 'mb2', address: 'billing@shop.example', name: 'Billing' },
];

describe('email.send', () => {
  const settings = { subject: 'Paid {{order.accountNumber}}', body: 'Hello {{contact.name}}' };
  const ctx = (extra: Parameters<typeof fakeContext>[0] = {}) =>
    fakeContext({ env: { mailboxes }, contact: anna, order: { accountNumber: 'A-7' }, ...extra });

  it('sends the rendered email from the first mailbox when nothing was sent before', () => {
    const result = succeeded(runEffect('email.send', settings, ctx()));
    expect(result.output).toEqual({
      from: 'shop@shop.example',
      to: 'anna@example.org',
      subject: 'Paid A-7',
      body: 'Hello Anna',
    });
    expect(result.mailboxId).toBe('mb1');
    expect(result.emit).toEqual([{ type: 'email.sent' }]);
    expect(result.set).toBeUndefined();
  });

  it('auto-selects the mailbox of the previous email', () => {
    const result = succeeded(
      runEffect('email.send', { ...settings, from: 'auto' }, ctx({ previousMailboxId: 'mb2' })),
    );
    expect(result.output.from).toBe('billing@shop.example');
    expect(result.mailboxId).toBe('mb2');
  });

  it('falls back to the first mailbox when the previous one is gone', () => {
    const result = succeeded(runEffect('email.send', settings, ctx({ previousMailboxId: 'mb-old' })));
    expect(result.mailboxId).toBe('mb1');
  });

  it('uses a chosen mailbox', () => {
    expect(succeeded(runEffect('email.send', { ...settings, from: 'mb2' }, ctx())).output.from).toBe(
      'billing@shop.example',
    );
  });

  it('fails without a sender: an unknown mailbox, or no mailbox at all', () => {
    expect(failure(runEffect('email.send', { ...settings, from: 'mb9' }, ctx()))).toBe(
      'The message sender is not specified',
    );
    expect(failure(runEffect('email.send', settings, ctx({ env: { mailboxes: [] } })))).toBe(
      'The message sender is not specified',
    );
  });

  it('checks the sender before the address', () => {
    const nobody = ctx({ env: { mailboxes: [] }, contact: { name: 'X' } });
    expect(failure(runEffect('email.send', settings, nobody))).toBe('The message sender is not specified');
  });

  it("takes an address of the chosen type from the company when the contact has none (ex2's WORK)", () => {
    const company = { name: 'Carl Co', emails: [{ type: 'WORK' as const, value: 'info@carl-co.example' }] };
    const result = succeeded(runEffect('email.send', { ...settings, addressType: 'WORK' }, ctx({ company })));
    expect(result.output.to).toBe('info@carl-co.example');
  });

  it('fails when neither contact nor company has an address of the type', () => {
    expect(failure(runEffect('email.send', { ...settings, addressType: 'MAILING' }, ctx()))).toBe(
      "Client's e-mail is not specified",
    );
    expect(failure(runEffect('email.send', settings, ctx({ contact: { name: 'X' } })))).toBe(
      "Client's e-mail is not specified",
    );
  });
});

describe('sms.send', () => {
  const providers = [
    { id: 'sp0', name: 'Off', configured: false },
    { id: 'sp1', name: 'Twilio', configured: true },
  ];
  const ctx = (extra: Parameters<typeof fakeContext>[0] = {}) =>
    fakeContext({
      env: { smsProviders: providers },
      contact: anna,
      order: { accountNumber: 'ORD-7', price: 1500 },
      ...extra,
    });
  const text = 'Order {{order.accountNumber}} accepted, {{order.price}}';

  it('texts the first number of the chosen type through the first configured provider', () => {
    const result = succeeded(runEffect('sms.send', { text, phoneType: 'MOBILE' }, ctx()));
    expect(result.output).toEqual({ to: '+49 170 222', provider: 'sp1', text: 'Order ORD-7 accepted, 1500' });
    expect(result.emit).toEqual([{ type: 'sms.sent' }]);
  });

  it('auto-selects the first phone of the contact, else of the company', () => {
    expect(succeeded(runEffect('sms.send', { text }, ctx())).output.to).toBe('+49 30 111');
    const company = { phones: [{ type: 'OTHER' as const, value: '+1 000' }] };
    expect(
      succeeded(runEffect('sms.send', { text }, ctx({ contact: { name: 'X' }, company }))).output.to,
    ).toBe('+1 000');
  });

  it('fails "No provider selected" when no provider is configured', () => {
    const env = { smsProviders: [{ id: 'sp0', name: 'Off', configured: false }] };
    expect(failure(runEffect('sms.send', { text, provider: 'default' }, ctx({ env })))).toBe(
      'No provider selected',
    );
  });

  it('fails "Provider is not configured" for an unknown or unconfigured provider', () => {
    expect(failure(runEffect('sms.send', { text, provider: 'sp0' }, ctx()))).toBe(
      'Provider is not configured',
    );
    expect(failure(runEffect('sms.send', { text, provider: 'nope' }, ctx()))).toBe(
      'Provider is not configured',
    );
  });

  it('fails without a phone of the type, after the provider check', () => {
    expect(failure(runEffect('sms.send', { text, phoneType: 'HOME' }, ctx()))).toBe(
      'Phone number is not specified',
    );
    const env = { smsProviders: [] };
    expect(failure(runEffect('sms.send', { text, phoneType: 'HOME' }, ctx({ env })))).toBe(
      'No provider selected',
    );
  });

  it('judges the 200-character limit on the rendered text, after the phone check', () => {
    const long = { order: { accountNumber: 'x'.repeat(195) } };
    expect(failure(runEffect('sms.send', { text: 'Order {{order.accountNumber}}!!' }, ctx(long)))).toBe(
      'Message text exceeds 200 characters',
    );
    expect(succeeded(runEffect('sms.send', { text: 'x'.repeat(200) }, ctx())).output.text).toHaveLength(200);
    expect(failure(runEffect('sms.send', { text: 'x'.repeat(201), phoneType: 'HOME' }, ctx()))).toBe(
      'Phone number is not specified',
    );
  });

  it("texts an employee's phone when the recipient is an employee", () => {
    const settings = { text: 'New order', recipient: 'employee', employeeId: 'e3' };
    expect(succeeded(runEffect('sms.send', settings, ctx())).output.to).toBe('+1 415 555 0103');
    const responsible = { ...settings, employeeId: 'responsible' };
    expect(
      succeeded(runEffect('sms.send', responsible, ctx({ order: { responsibleId: 'e1' } }))).output.to,
    ).toBe('+1 415 555 0101');
    expect(failure(runEffect('sms.send', { ...settings, employeeId: 'e9' }, ctx()))).toBe(
      'Recipient "e9" cannot be resolved',
    );
    const env = { smsProviders: providers, employees: [{ id: 'e3', name: 'No phone' }] };
    expect(failure(runEffect('sms.send', settings, ctx({ env })))).toBe('Phone number is not specified');
  });
});

describe('call.robocall', () => {
  const numbers = [{ id: 'n1', number: '+49 30 555', name: 'Main' }];
  const ctx = (extra: Parameters<typeof fakeContext>[0] = {}) =>
    fakeContext({ env: { numbers }, contact: anna, order: { accountNumber: 'ORD-7' }, ...extra });
  const text = 'Your order {{order.accountNumber}} is on its way';

  it('reads the rendered text to the client from the origination number', () => {
    const result = succeeded(runEffect('call.robocall', { from: 'n1', mode: 'text', text }, ctx()));
    expect(result.output).toEqual({
      from: '+49 30 555',
      to: '+49 30 111',
      mode: 'text',
      text: 'Your order ORD-7 is on its way',
    });
    expect(result.emit).toEqual([{ type: 'call.outgoing' }]);
  });

  it('plays a recording in audio mode', () => {
    const settings = {
      from: 'n1',
      mode: 'audio',
      audioUrl: 'https://media.example/hello.mp3',
      phoneType: 'MOBILE',
    };
    expect(succeeded(runEffect('call.robocall', settings, ctx())).output).toEqual({
      from: '+49 30 555',
      to: '+49 170 222',
      mode: 'audio',
      audioUrl: 'https://media.example/hello.mp3',
    });
  });

  it('fails in the documented order: number, then phone, then text length', () => {
    const long = 'y'.repeat(201);
    expect(
      failure(runEffect('call.robocall', { from: 'n9', mode: 'text', text: long, phoneType: 'HOME' }, ctx())),
    ).toBe('Origination number is not specified');
    expect(
      failure(runEffect('call.robocall', { from: 'n1', mode: 'text', text: long, phoneType: 'HOME' }, ctx())),
    ).toBe('Phone number is not specified');
    expect(failure(runEffect('call.robocall', { from: 'n1', mode: 'text', text: long }, ctx()))).toBe(
      'Message text exceeds 200 characters',
    );
  });
});

describe('chat.send', () => {
  it("posts the rendered message to the client's chat, visible unless it is a whisper", () => {
    const ctx = fakeContext({ contact: { name: 'Dana', chat: 'chat-1' } });
    const open = succeeded(runEffect('chat.send', { text: 'Hi {{contact.name}}, {{{{not a tag}}' }, ctx));
    expect(open.output).toEqual({ chat: 'chat-1', text: 'Hi Dana, {{not a tag}}', visibleToClient: true });
    expect(open.emit).toEqual([{ type: 'chat.sent' }]);
    const whisper = succeeded(runEffect('chat.send', { text: 'Note', whisper: true }, ctx));
    expect(whisper.output.visibleToClient).toBe(false);
  });

  it('fails when the client has no chat', () => {
    expect(failure(runEffect('chat.send', { text: 'Hi' }, fakeContext({ contact: { chat: '' } })))).toBe(
      'Client chat was not found',
    );
  });
});
