import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import { englishTranslator } from '../../../src/i18n/english';
import ru from '../../../src/i18n/messages/all.ru';
import { I18nProvider } from '../../../src/i18n/react';
import { SimulatorPanel } from '../../../src/panels/simulator';
import { flowNames } from '../../../src/i18n/timelineText';
import { outputLines } from '../../../src/panels/simulator/outputLines';
import { createSimulationClient } from '../../../src/sim';
import { flow, sample } from './harness';

/* Robot outputs name what they point at, never by its id: a chat by its client, a workflow by its name. */
const russian = createTranslator('ru', ru);
const output = { chat: 'chat-emma-wilson', text: 'Hello', visibleToClient: true };
const ctx = { names: flowNames(flow), environment: DEFAULT_ENVIRONMENT, timezone: 'UTC' };

describe("the chat robot's output", () => {
  it('shows the client of the run as the chat, in Russian and English', () => {
    const contact = { name: 'Emma Wilson', chat: 'chat-emma-wilson' };
    expect(outputLines('chat.send', output, { ...ctx, contact }, russian)[0]).toEqual(['Чат', 'Emma Wilson']);
    expect(outputLines('chat.send', output, { ...ctx, contact })[0]).toEqual(['Chat', 'Emma Wilson']);
  });

  it("says «the client's chat» when the client is unknown", () => {
    expect(outputLines('chat.send', output, ctx, russian)[0]).toEqual(['Чат', 'Чат клиента']);
    expect(outputLines('chat.send', output, ctx, englishTranslator)[0]).toEqual([
      'Chat',
      "The client's chat",
    ]);
  });

  it('reads so in the log of a run in Russian', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initial={russian}>
        <SimulatorPanel
          flow={flow}
          scenarios={[sample('paid-and-delivered')]}
          client={createSimulationClient({ worker: () => undefined })}
        />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Запустить сценарий' }));
    const log = await screen.findByRole('list', { name: 'Журнал' });
    const row = within(log)
      .getAllByRole('listitem')
      .find((r) => r.dataset.kind === 'robot.done' && r.textContent!.includes('Note for colleagues'))!;
    expect(row).toHaveTextContent('ЧатEmma Wilson');
    expect(row).not.toHaveTextContent('chat-emma-wilson');
  });
});

describe("the workflow robot's output", () => {
  it('names the workflow as the reference data does', () => {
    const lines = outputLines('workflow.run', { workflowId: 'wf-invoice', parameters: {} }, ctx, russian);
    expect(lines[0]).toEqual(['Бизнес-процесс', 'Issue invoice']);
  });
});
