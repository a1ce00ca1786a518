import type { Locale } from '../i18n/locales';
import type {
  BatchDimensions,
  ChoiceText,
  Coverage,
  VariantSelection,
  VariantSet,
} from '../domain/simulation';
import type { Flow } from '../domain/flow';
import type { Scenario } from '../domain/scenario';
import type { Timeline } from '../domain/timeline';
import type { SuiteOutcome } from './testSuite';

/** Messages to the simulation worker. Every job has an id; `cancel` names the job to stop. */
export type SimulationRequest =
  | { type: 'run'; id: number; flow: Flow; scenario: Scenario }
  | {
      type: 'batch';
      id: number;
      flow: Flow;
      base: Scenario;
      dimensions: BatchDimensions;
      selection: VariantSelection;
    }
  /** The Tests tab: every scenario of the design, judged; progress is one step per scenario. */
  /** `locale`: the designer's language, in which the verdicts are worded (English without it). */
  | { type: 'suite'; id: number; flow: Flow; scenarios: Scenario[]; locale?: Locale }
  | { type: 'cancel'; id: number };

/** What a batch hands back: the tally, and how many of all the combinations were run. */
export interface BatchOutcome extends Pick<
  VariantSet,
  'total' | 'truncated' | 'pairs' | 'leftOut' | 'choiceRuns'
> {
  coverage: Coverage;
  /** The combinations that ran, in English words (at most the first 200). */
  ran: string[];
  /** The same combinations as data, for the page to word in its language. */
  ranTexts: ChoiceText[][];
}

/** Messages from the worker; each job ends with exactly one of timeline, batch, suite, cancelled or error. */
export type SimulationResponse =
  | { type: 'timeline'; id: number; timeline: Timeline }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'batch'; id: number; outcome: BatchOutcome }
  | { type: 'suite'; id: number; outcome: SuiteOutcome }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
