import type { Contact, Environment } from '../../domain/scenario';
import type { RobotType } from '../../domain/types';
import type { FlowNames } from '../../i18n/timelineText';
import { outputLines } from './outputLines';
import { useTranslator } from '../../i18n/react';

interface Props {
  type: RobotType | undefined;
  output: Record<string, unknown>;
  names: FlowNames;
  environment: Environment;
  timezone: string;
  /** The run's client, who a chat message went to. */
  contact?: Contact | undefined;
}

/**
 * What a robot actually produced, rendered the way the recipient sees it (Bitrix24 shows only
 * "done"), as its type declares. Labelled lines: a description list reads well for "To", "Subject",
 * "Text" in screen readers too.
 */
export function RobotOutput({ type, output, names, environment, timezone, contact }: Props) {
  const translator = useTranslator();
  const rows = outputLines(type, output, { names, environment, timezone, contact }, translator);
  if (!rows.length) return null;
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-2 gap-y-0.5 text-xs">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-fg-muted">{label}</dt>
          <dd className="whitespace-pre-wrap break-words text-slate-800 dark:text-slate-200">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
