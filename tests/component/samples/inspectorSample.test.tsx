import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOW } from '../../../src/domain/samples';
import { DEFAULT_FLOW_RU } from '../../../src/domain/samples/russian';
import { renderInspector } from '../inspector/harness';

/* The Russian default design previews its messages with the Russian sample order, the English one with its own. */

const previews = () =>
  screen
    .queryAllByTestId('template-preview')
    .map((p) => p.textContent ?? '')
    .join('\n');

describe('previews of the default designs', () => {
  it('read the Russian SMS with a Russian tracking number', async () => {
    const { user } = renderInspector(DEFAULT_FLOW_RU, 's_sms_tracking');
    await user.click(screen.getByRole('combobox', { name: 'Text' }));
    expect(previews()).toContain('Заказ ORD-2025-00001 отправлен. Трек-номер: RA123456785RU');
  });

  it('read the English SMS with the English one', async () => {
    const { user } = renderInspector(DEFAULT_FLOW, 's_sms_tracking');
    await user.click(screen.getByRole('combobox', { name: 'Text' }));
    expect(previews()).toContain(
      'Your order ORD-2025-00001 is on its way. Tracking number: 1Z999AA10123456784.',
    );
  });
});
