import type { Flow } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import { samplesLanguageOf } from '../../domain/samples';
import type { Environment } from '../../domain/scenario';
import { useTranslator } from '../../i18n/react';
import { NothingSelected } from './NothingSelected';
import { RobotInspector } from './RobotInspector';
import type { SampleOrder } from './templateContext';
import { defaultSampleOrder } from './templateContext';
import { TriggerInspector } from './TriggerInspector';
import type { Dispatch } from './types';

export interface InspectorProps {
  flow: Flow;
  /** The selected robot or trigger id; null (or an id no longer in the flow) shows the empty state. */
  selectedId: string | null;
  /** Reference data: employees, mailboxes, numbers, providers, voices, workflows, forms, channels… */
  environment: Environment;
  /** The store's dispatch: every edit is a robot.update / trigger.update / edge.* command. */
  dispatch: Dispatch;
  /** Lint problems of the flow; this node's are shown next to the fields they concern. */
  problems?: readonly LintProblem[];
  /** The order template previews render with (default: the first sample scenario's of the design's language). */
  sample?: SampleOrder;
  /** Base URL of the backend, for the webhook URL (default: this page's origin). */
  apiBaseUrl?: string;
}

const NO_PROBLEMS: readonly LintProblem[] = [];
const DEFAULT_SAMPLES = { en: defaultSampleOrder('en'), ru: defaultSampleOrder('ru') };
const pageOrigin = () => (typeof window === 'undefined' ? '' : window.location.origin);

/** The right-hand panel: edits the selected robot or trigger through commands. */
export function Inspector({
  flow,
  selectedId,
  environment,
  dispatch,
  problems = NO_PROBLEMS,
  sample: givenSample,
  apiBaseUrl = pageOrigin(),
}: InspectorProps) {
  const { t, locale } = useTranslator();
  // The Russian default design previews with a Russian client, the English one with an English one.
  const sample = givenSample ?? DEFAULT_SAMPLES[samplesLanguageOf(flow, locale)];
  const robot = selectedId === null ? undefined : flow.robots.find((r) => r.id === selectedId);
  const trigger = selectedId === null || robot ? undefined : flow.triggers.find((t) => t.id === selectedId);
  const shared = { flow, environment, dispatch, problems, sample, apiBaseUrl };

  return (
    <section
      aria-label={t('inspector.region')}
      className="space-y-3 p-3 text-sm text-slate-800 dark:text-slate-100"
    >
      {robot ? (
        // Keyed by id: local drafts and refusals belong to one node and must not leak to the next.
        <RobotInspector key={robot.id} robot={robot} {...shared} />
      ) : trigger ? (
        <TriggerInspector key={trigger.id} trigger={trigger} {...shared} />
      ) : (
        <NothingSelected />
      )}
    </section>
  );
}
