import { triggerDefinition } from '../../../domain/catalog';
import { EVENT_TYPES } from '../../../domain/types';

/** The event catalog as select options: the trigger title, with the type for people who know it. */
export function EventTypeOptions() {
  return (
    <>
      {EVENT_TYPES.map((t) => (
        <option key={t} value={t}>
          {triggerDefinition(t).title} ({t})
        </option>
      ))}
    </>
  );
}
