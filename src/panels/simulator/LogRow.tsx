import { useEffect, useRef } from 'react';
import type { Contact, Environment } from '../../domain/scenario';
import type { TimelineEntry } from '../../domain/timeline';
import type { FlowNames } from '../../i18n/timelineText';
import { describeEntry, formatWhen, offsetFrom } from '../../i18n/timelineText';
import { TONE_TEXT } from './format';
import { expectFromEntry } from './expectFromEntry';
import { RobotOutput } from './RobotOutput';
import { useTranslator } from '../../i18n/react';

interface Props {
  entry: TimelineEntry;
  names: FlowNames;
  startAt: string;
  timezone: string;
  environment: Environment;
  /** The run's client, for what robots sent them. */
  contact?: Contact | undefined;
  current: boolean;
  /** Entries after the playback position are dimmed: they have not happened yet. */
  future: boolean;
  onSelect: (entry: TimelineEntry) => void;
  /** "Expect this": adds an expectation that this row happens (rows that can be expected only). */
  onExpect?: ((entry: TimelineEntry) => void) | undefined;
}

/** One numbered log line as in Bitrix24's test mode, with the robot's rendered output under it. */
export function LogRow({
  entry,
  names,
  startAt,
  timezone,
  environment,
  contact,
  current,
  future,
  onSelect,
  onExpect,
}: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const row = useRef<HTMLLIElement>(null);
  // Playback keeps its current row in view (scrollIntoView is missing where there is no layout).
  useEffect(() => {
    if (current) row.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);
  const expectable = onExpect !== undefined && expectFromEntry(entry) !== undefined;
  const { kind, node, result, tone } = describeEntry(entry, names, startAt, translator);
  const when = formatWhen(entry.at, timezone, translator);
  const offset = offsetFrom(startAt, entry.at, translator);
  return (
    <li
      ref={row}
      aria-current={current ? 'step' : undefined}
      data-kind={entry.kind}
      className={`border-b border-slate-100 px-2 py-1 dark:border-slate-800 ${
        current ? 'bg-brand-50 dark:bg-slate-800' : ''
      } ${future ? 'opacity-50' : ''}`}
    >
      <button
        type="button"
        onClick={() => onSelect(entry)}
        // Everything the row shows, in the order it shows it (the name must contain the visible text).
        aria-label={`${entry.seq}. ${offset} ${when} ${kind}${node ? ` ${node}` : ''}: ${result}`}
        className="grid w-full grid-cols-[2.5rem_9rem_6.5rem_1fr] items-baseline gap-2 text-left text-xs focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        {/* The spaces between the cells take no room in the grid; they keep the words apart
            when the row is read as one text (e.g. by checks that its name holds what it shows). */}
        <span className="tabular-nums text-fg-subtle">{entry.seq}</span>{' '}
        <span className="tabular-nums">
          <span className="block text-slate-800 dark:text-slate-200">{offset}</span>{' '}
          <span className="block text-[10px] text-fg-subtle">{when}</span>
        </span>{' '}
        <span className={`font-medium ${TONE_TEXT[tone]}`}>{kind}</span>{' '}
        <span className="min-w-0">
          {node && <span className="font-medium text-fg">{node} </span>}
          <span className={TONE_TEXT[tone]}>{result}</span>
        </span>
      </button>
      {expectable && (
        <button
          type="button"
          className="ml-[12rem] text-[11px] text-brand-700 underline dark:text-brand-100"
          // Named by the row's number, not its words: queries for a row by its text find the row alone.
          aria-label={t('simulator.log.expect.label', { seq: entry.seq })}
          onClick={() => onExpect(entry)}
        >
          {t('simulator.log.expect')}
        </button>
      )}
      {entry.kind === 'robot.done' && (
        <div className="ml-[12rem] mt-1">
          <RobotOutput
            type={names.robotType(entry.robot)}
            output={entry.output}
            names={names}
            environment={environment}
            timezone={timezone}
            contact={contact}
          />
        </div>
      )}
    </li>
  );
}
