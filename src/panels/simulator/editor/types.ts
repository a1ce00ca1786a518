import type { Scenario } from '../../../domain/scenario';
import type { ScenarioMessages } from './validation';

/** What every editor section gets: the scenario, an edit function (an immer recipe) and the messages. */
export interface SectionProps {
  scenario: Scenario;
  edit: (recipe: (draft: Scenario) => void) => void;
  messages: ScenarioMessages;
}
