import type { Environment } from '../../domain/scenario';
import type { RobotType } from '../../domain/types';
import type { FlowNames } from './format';
import { formatWhen } from './format';

interface Props {
  type: RobotType | undefined;
  output: Record<string, unknown>;
  names: FlowNames;
  environment: Environment;
  timezone: string;
}

const text = (v: unknown) =>
  v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** Labelled lines: a description list reads well for "To", "Subject", "Text" in screen readers too. */
function Lines({ rows }: { rows: [string, unknown][] }) {
  const shown = rows.filter(([, v]) => text(v) !== '');
  if (!shown.length) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-2 gap-y-0.5 text-xs">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="whitespace-pre-wrap break-words text-slate-800 dark:text-slate-200">
            {text(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What a robot actually produced, rendered the way the recipient sees it (Bitrix24 shows only "done"). */
export function RobotOutput({ type, output, names, environment, timezone }: Props) {
  const employee = (id: unknown) => environment.employees.find((e) => e.id === id)?.name ?? text(id);
  switch (type) {
    case 'email.send':
      return (
        <Lines
          rows={[
            ['From', output.from],
            ['To', output.to],
            ['Subject', output.subject],
            ['Body', output.body],
          ]}
        />
      );
    case 'sms.send':
      return (
        <Lines
          rows={[
            ['To', output.to],
            [
              'Provider',
              environment.smsProviders.find((p) => p.id === output.provider)?.name ?? output.provider,
            ],
            ['Text', output.text],
          ]}
        />
      );
    case 'call.robocall':
      return (
        <Lines
          rows={[
            ['From', output.from],
            ['To', output.to],
            ['Says', output.mode === 'audio' ? output.audioUrl : output.text],
          ]}
        />
      );
    case 'chat.send':
      return (
        <Lines
          rows={[
            ['Chat', output.chat],
            ['Text', output.text],
            [
              'Seen by',
              output.visibleToClient ? 'The client and colleagues' : 'Colleagues only (hidden message)',
            ],
          ]}
        />
      );
    case 'employee.notify': {
      const messages = Array.isArray(output.messages)
        ? (output.messages as { to: unknown; text: unknown }[])
        : [];
      return (
        <Lines rows={messages.map((m, i) => [`Notified ${i + 1}`, `${employee(m.to)}: ${text(m.text)}`])} />
      );
    }
    case 'task.create':
      return (
        <Lines
          rows={[
            ['Task', output.title],
            ['Assignee', employee(output.assignee)],
            [
              'Deadline',
              typeof output.deadline === 'string' ? formatWhen(output.deadline, timezone) : undefined,
            ],
          ]}
        />
      );
    case 'order.status':
      return <Lines rows={[['Moves to', names.status(text(output.statusId))]]} />;
    case 'order.cancel':
      return (
        <Lines
          rows={[
            ['Moves to', names.status(text(output.statusId))],
            ['Reason', output.reason],
          ]}
        />
      );
    case 'order.responsible':
      return <Lines rows={[['Responsible', employee(output.responsibleId)]]} />;
    case 'code.generate':
      return <Lines rows={[['Code', output.code]]} />;
    case 'order.update': {
      const fields = (output.fields ?? {}) as Record<string, unknown>;
      return <Lines rows={Object.entries(fields)} />;
    }
    default:
      return <Lines rows={Object.entries(output)} />;
  }
}
