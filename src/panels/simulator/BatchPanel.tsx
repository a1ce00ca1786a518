import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { EMAIL_TYPES, PHONE_TYPES } from '../../domain/fields';
import type { BatchDimensions, Coverage, EmailType, PhoneType } from '../../domain/simulation';
import { countVariants, eventWords } from '../../domain/simulation';
import type { Scenario } from '../../domain/scenario';
import { useTranslator } from '../../i18n/react';
import { taskFailureText } from '../../sim';
import type { BatchOutcome, SimulationClient, SimulationTask } from '../../sim';
import { NumberInput } from '../../ui/NumberInput';
import { buttonClass, checkboxClass } from '../../ui/formStyles';
import { BatchReport } from './BatchReport';
import { CoverageView } from './CoverageView';

export interface BatchPanelProps {
  flow: Flow;
  /** The scenario the variants are made from. */
  base: Scenario;
  client: SimulationClient;
  /** "Open as single run" on a failing variant. */
  onOpenVariant: (scenario: Scenario) => void;
  /** The tally once a batch finished, for the canvas to show coverage. */
  onCoverage?: (coverage: Coverage | undefined) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; outcome: BatchOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The scenario a failing variant opens as, named in the designer's language. */
export function variantScenario(
  base: Scenario,
  variant: Scenario,
  label: string,
  t: ReturnType<typeof useTranslator>['t'],
): Scenario {
  return {
    ...variant,
    name: t('simulator.batch.variantName', {
      scenario: base.name || t('simulator.batch.scenario'),
      variant: label,
    }),
  };
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean) =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-1.5 text-xs text-fg-soft">
      <input
        type="checkbox"
        className={checkboxClass}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** What-if: vary the chosen dimensions of a scenario, run every combination (or N random ones), show coverage. */
export function BatchPanel({ flow, base, client, onOpenVariant, onCoverage }: BatchPanelProps) {
  const translator = useTranslator();
  const { t } = translator;
  const timezone = flow.settings.timezone;
  const [dims, setDims] = useState<{
    events: number[];
    phoneTypes: PhoneType[];
    emailTypes: EmailType[];
    paid: boolean;
    smsProvider: boolean;
  }>({ events: [], phoneTypes: [], emailTypes: [], paid: false, smsProvider: false });
  const [mode, setMode] = useState<'cap' | 'random'>('cap');
  const [cap, setCap] = useState<number | undefined>(64);
  const [count, setCount] = useState<number | undefined>(20);
  const [seed, setSeed] = useState<number | undefined>(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const task = useRef<SimulationTask<BatchOutcome> | undefined>(undefined);
  useEffect(() => () => task.current?.cancel(), []);

  const dimensions: BatchDimensions = dims;
  const total = countVariants(base, dimensions);
  const planned = Math.min(total, mode === 'cap' ? (cap ?? 0) : (count ?? 0));

  const run = async () => {
    task.current?.cancel();
    setStatus({ kind: 'running', done: 0, total: planned });
    onCoverage?.(undefined);
    // The seed also picks the random part of a capped run, so the same settings give the same runs.
    const selection =
      mode === 'cap' ? { cap: cap ?? 0, seed: seed ?? 0 } : { random: count ?? 0, seed: seed ?? 0 };
    const current = client.batch(flow, base, dimensions, selection, (done, all) =>
      setStatus({ kind: 'running', done, total: all }),
    );
    task.current = current;
    const outcome = await current.result;
    if (task.current !== current) return;
    task.current = undefined;
    if (outcome.status === 'done') {
      setStatus({ kind: 'done', outcome: outcome.value });
      onCoverage?.(outcome.value.coverage);
    } else if (outcome.status === 'cancelled') setStatus({ kind: 'cancelled' });
    else setStatus({ kind: 'failed', message: outcome.message });
  };

  return (
    <section aria-label={t('simulator.tab.batch')} className="space-y-3 text-fg">
      <fieldset className="space-y-1">
        <legend className="text-xs font-semibold">{t('simulator.batch.events.legend')}</legend>
        {base.events.length === 0 && (
          <p className="text-xs text-slate-500">{t('simulator.batch.events.none')}</p>
        )}
        {base.events.map((e, i) => (
          <Check
            key={i}
            label={eventWords(e, { timezone }, translator)}
            checked={dims.events.includes(i)}
            onChange={(on) => setDims({ ...dims, events: toggled(dims.events, i, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">{t('simulator.batch.phones.legend')}</legend>
        {PHONE_TYPES.map((type) => (
          <Check
            key={type}
            label={t('simulator.batch.phoneOption', { type })}
            checked={dims.phoneTypes.includes(type)}
            onChange={(on) => setDims({ ...dims, phoneTypes: toggled(dims.phoneTypes, type, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">{t('simulator.batch.emails.legend')}</legend>
        {EMAIL_TYPES.map((type) => (
          <Check
            key={type}
            label={t('simulator.batch.emailOption', { type })}
            checked={dims.emailTypes.includes(type)}
            onChange={(on) => setDims({ ...dims, emailTypes: toggled(dims.emailTypes, type, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">{t('simulator.batch.order.legend')}</legend>
        <Check
          label={t('simulator.batch.paid')}
          checked={dims.paid}
          onChange={(on) => setDims({ ...dims, paid: on })}
        />
        <Check
          label={t('simulator.batch.smsProvider')}
          checked={dims.smsProvider}
          onChange={(on) => setDims({ ...dims, smsProvider: on })}
        />
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-3 text-xs">
        <legend className="font-semibold">{t('simulator.batch.mode.legend')}</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="batch-mode" checked={mode === 'cap'} onChange={() => setMode('cap')} />
          {t('simulator.batch.mode.cap')}
        </label>
        <NumberInput
          aria-label={t('simulator.batch.mode.cap.label')}
          className="w-20"
          min={1}
          value={cap}
          onValueChange={setCap}
        />
        <label className="flex items-center gap-1">
          <input
            type="radio"
            name="batch-mode"
            checked={mode === 'random'}
            onChange={() => setMode('random')}
          />
          {t('simulator.batch.mode.random')}
        </label>
        <NumberInput
          aria-label={t('simulator.batch.mode.random.label')}
          className="w-20"
          min={1}
          value={count}
          onValueChange={setCount}
        />
        <NumberInput
          aria-label={t('simulator.batch.mode.seed')}
          className="w-20"
          value={seed}
          onValueChange={setSeed}
        />
      </fieldset>
      <div className="flex items-center gap-2 text-xs">
        <button
          type="button"
          className={buttonClass}
          disabled={status.kind === 'running' || planned === 0}
          onClick={() => void run()}
        >
          {t('simulator.batch.run', { planned, total })}
        </button>
        {status.kind === 'running' && (
          <>
            <progress
              aria-label={t('simulator.batch.progress.label')}
              max={status.total || 1}
              value={status.done}
            />
            <span>{t('simulator.batch.progress', { done: status.done, total: status.total })}</span>
            <button type="button" className={buttonClass} onClick={() => task.current?.cancel()}>
              {t('simulator.batch.cancel')}
            </button>
          </>
        )}
        {status.kind === 'cancelled' && <span role="status">{t('simulator.batch.cancelled')}</span>}
        {status.kind === 'failed' && (
          <span role="alert" className="text-danger">
            {t('simulator.batch.failed', { message: taskFailureText(status.message, translator) })}
          </span>
        )}
      </div>
      {status.kind === 'done' && <BatchReport flow={flow} outcome={status.outcome} />}
      {status.kind === 'done' && (
        <CoverageView
          flow={flow}
          coverage={status.outcome.coverage}
          onOpenVariant={(variant, label) => onOpenVariant(variantScenario(base, variant, label, t))}
        />
      )}
    </section>
  );
}
