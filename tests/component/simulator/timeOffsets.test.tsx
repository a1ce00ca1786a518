import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { createTranslator } from '../../../src/i18n';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import type { Translator } from '../../../src/i18n/translator';
import { englishTranslator } from '../../../src/i18n/english';
import { SimulatorPanel, TimelinePanel } from '../../../src/panels/simulator';
import { createSimulationClient } from '../../../src/sim';
import { flow, sample } from './harness';

/* Time from the run's start on the axis and in playback reads as the log's offsets do, in the designer's language. */
const russian = createTranslator('ru', ru);

function renderAxis(translator: Translator) {
  const timeline = simulate(flow, sample('paid-and-delivered'));
  render(
    <I18nProvider initial={translator}>
      <TimelinePanel flow={flow} timeline={timeline} onSelectEntry={() => undefined} />
    </I18nProvider>,
  );
  return within(screen.getByRole('group', { name: translator.t('simulator.axis.marks') }));
}

async function runFirstScenario(translator: Translator, runLabel: string) {
  const user = userEvent.setup();
  render(
    <I18nProvider initial={translator}>
      <SimulatorPanel flow={flow} client={createSimulationClient({ worker: () => undefined })} />
    </I18nProvider>,
  );
  await user.click(screen.getByRole('button', { name: runLabel }));
  const toolbar = await screen.findByRole('toolbar', { name: translator.t('simulator.playback.label') });
  return { toolbar, slider: within(toolbar).getByRole('slider') };
}

describe('offsets from the start of a run', () => {
  it('mark robots on the axis in Russian, from «+0 дн. 00:00» to the end of the run', () => {
    const marks = renderAxis(russian);
    expect(
      marks.getByRole('button', { name: 'Payment reminder: отменён, +0 дн. 02:00' }),
    ).toBeInTheDocument();
    const [start, end] = [...document.querySelectorAll('.justify-between > span')].map((s) => s.textContent);
    expect(start).toBe('+0 дн. 00:00');
    expect(end).toMatch(/^\+\d+ дн\. \d\d:\d\d$/);
  });

  it('keep the compact English notation in English', () => {
    const marks = renderAxis(englishTranslator);
    expect(
      marks.getByRole('button', { name: 'Payment reminder: cancelled at +0d 02:00' }),
    ).toBeInTheDocument();
    const [start] = [...document.querySelectorAll('.justify-between > span')].map((s) => s.textContent);
    expect(start).toBe('+0d 00:00');
  });

  it('read in the playback of a Russian run as «N из M» and the offset', async () => {
    const { toolbar, slider } = await runFirstScenario(russian, 'Запустить сценарий');
    // Playback opens on the last entry.
    const readout = await within(toolbar).findByText(/^(\d+) из \1 · \+\d+ дн\. \d\d:\d\d$/);
    const [, total, offset] = /^(\d+) из \d+ · (.+)$/.exec(readout.textContent!)!;
    expect(slider).toHaveAttribute('aria-valuetext', `Запись ${total} из ${total}, ${offset}`);
  });

  it('read in the playback of an English run as before', async () => {
    const { toolbar } = await runFirstScenario(englishTranslator, 'Run scenario');
    expect(await within(toolbar).findByText(/^(\d+)\/\1 · \+\d+d \d\d:\d\d$/)).toBeInTheDocument();
  });
});
