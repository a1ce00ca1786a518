import { EVENT_TYPES } from '../../../domain/types';
import { catalogTitle } from '../../../i18n/catalogText';
import { useTranslator } from '../../../i18n/react';

/** The event catalog as select options: each event by its trigger's title, in the designer's language. */
export function EventTypeOptions() {
  const translator = useTranslator();
  return (
    <>
      {EVENT_TYPES.map((type) => (
        <option key={type} value={type}>
          {catalogTitle(translator, 'trigger', type)}
        </option>
      ))}
    </>
  );
}
