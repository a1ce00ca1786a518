import { useEffect, useRef, useState } from 'react';
import type { Flow } from '../../domain/flow';
import { EMAIL_TYPES, PHONE_TYPES } from '../../domain/fields';
import type { BatchDimensions, Coverage, EmailType, PhoneType } from '../../domain/simulation';
import { countVariants } from '../../domain/simulation';
import type { Scenario } from '../../domain/scenario';
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
    <section aria-label="What-if batch" className="space-y-3 text-fg">
      <fieldset className="space-y-1">
        <legend className="text-xs font-semibold">Events that happen or not</legend>
        {base.events.length === 0 && <p className="text-xs text-slate-500">The scenario has no events.</p>}
        {base.events.map((e, i) => (
          <Check
            key={i}
            label={`${e.type} at ${e.at}`}
            checked={dims.events.includes(i)}
            onChange={(on) => setDims({ ...dims, events: toggled(dims.events, i, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">Phone types the client may have</legend>
        {PHONE_TYPES.map((t) => (
          <Check
            key={t}
            label={`Phone ${t}`}
            checked={dims.phoneTypes.includes(t)}
            onChange={(on) => setDims({ ...dims, phoneTypes: toggled(dims.phoneTypes, t, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">Email types the client may have</legend>
        {EMAIL_TYPES.map((t) => (
          <Check
            key={t}
            label={`Email ${t}`}
            checked={dims.emailTypes.includes(t)}
            onChange={(on) => setDims({ ...dims, emailTypes: toggled(dims.emailTypes, t, on) })}
          />
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="text-xs font-semibold">Order and reference data</legend>
        <Check
          label="Paid or not at the start"
          checked={dims.paid}
          onChange={(on) => setDims({ ...dims, paid: on })}
        />
        <Check
          label="SMS provider configured or not"
          checked={dims.smsProvider}
          onChange={(on) => setDims({ ...dims, smsProvider: on })}
        />
      </fieldset>
      <fieldset className="flex flex-wrap items-center gap-3 text-xs">
        <legend className="font-semibold">Which combinations</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="batch-mode" checked={mode === 'cap'} onChange={() => setMode('cap')} />
          All, up to
        </label>
        <NumberInput
          aria-label="Most combinations"
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
          Random
        </label>
        <NumberInput
          aria-label="Random combinations"
          className="w-20"
          min={1}
          value={count}
          onValueChange={setCount}
        />
        <NumberInput aria-label="Seed" className="w-20" value={seed} onValueChange={setSeed} />
      </fieldset>
      <div className="flex items-center gap-2 text-xs">
        <button
          type="button"
          className={buttonClass}
          disabled={status.kind === 'running' || planned === 0}
          onClick={() => void run()}
        >
          Run {planned} of {total} combinations
        </button>
        {status.kind === 'running' && (
          <>
            <progress aria-label="Batch progress" max={status.total || 1} value={status.done} />
            <span>
              {status.done}/{status.total}
            </span>
            <button type="button" className={buttonClass} onClick={() => task.current?.cancel()}>
              Cancel batch
            </button>
          </>
        )}
        {status.kind === 'cancelled' && <span role="status">Batch cancelled.</span>}
        {status.kind === 'failed' && (
          <span role="alert" className="text-danger">
            The batch could not run: {status.message}
          </span>
        )}
      </div>
      {status.kind === 'done' && <BatchReport flow={flow} outcome={status.outcome} />}
      {status.kind === 'done' && (
        <CoverageView flow={flow} coverage={status.outcome.coverage} onOpenVariant={onOpenVariant} />
      )}
    </section>
  );
}
