import { useId, useState } from 'react';
import type { WorkTime } from '../../domain/flow';
import { useTranslator } from '../../i18n/react';
import { buttonClass, inputClass, labelClass } from '../../ui/formStyles';
import { holidayProblem, workTimeProblem } from './workTimeCheck';

/** ISO weekdays, Monday first (the document's numbering). */
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Props {
  value: WorkTime;
  /** Returns the refusal to show, or null once the change is applied (one undo step). */
  onChange: (next: WorkTime) => string | null;
}

/** Working days and hours (docs/semantics.md §4 rule 8): what delays kept to working hours wait for. */
export function WorkTimeSection({ value, onChange }: Props) {
  const translator = useTranslator();
  const { t } = translator;
  const startId = useId();
  const endId = useId();
  const holidayId = useId();
  const [hours, setHours] = useState({ start: value.start, end: value.end });
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [holiday, setHoliday] = useState('');
  const [holidayError, setHolidayError] = useState<string | null>(null);
  // Undo from elsewhere changes the hours under the form: show them.
  if (seen !== value) {
    setSeen(value);
    setHours({ start: value.start, end: value.end });
  }

  const apply = (next: WorkTime) => setProblem(workTimeProblem(next, translator) ?? onChange(next));
  const toggleDay = (day: number) => {
    const days = value.days.includes(day) ? value.days.filter((d) => d !== day) : [...value.days, day].sort();
    apply({ ...value, days });
  };
  const commitHours = () => {
    if (hours.start === value.start && hours.end === value.end) return;
    apply({ ...value, ...hours });
  };
  const addHoliday = () => {
    const why = holidayProblem(holiday, value.holidays, translator);
    setHolidayError(why);
    if (why !== null) return;
    const refused = onChange({ ...value, holidays: [...value.holidays, holiday].sort() });
    setHolidayError(refused);
    if (refused === null) setHoliday('');
  };

  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className={labelClass}>{t('inspector.workTime.days')}</legend>
        <div className="flex flex-wrap gap-1.5">
          {DAYS.map((day) => (
            <label key={day} className="flex items-center gap-1 text-xs text-fg-soft">
              <input type="checkbox" checked={value.days.includes(day)} onChange={() => toggleDay(day)} />
              {t(`inspector.workTime.day.${day}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={startId} className={labelClass}>
            {t('inspector.workTime.start')}
          </label>
          <input
            id={startId}
            type="time"
            className={inputClass}
            value={hours.start}
            onChange={(e) => setHours((h) => ({ ...h, start: e.target.value }))}
            onBlur={commitHours}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={endId} className={labelClass}>
            {t('inspector.workTime.end')}
          </label>
          <input
            id={endId}
            type="time"
            className={inputClass}
            value={hours.end}
            onChange={(e) => setHours((h) => ({ ...h, end: e.target.value }))}
            onBlur={commitHours}
          />
        </div>
      </div>
      {problem && (
        <p role="alert" className="text-[11px] text-danger">
          {problem}
        </p>
      )}
      <fieldset className="space-y-1">
        <legend className={labelClass}>{t('inspector.workTime.holidays')}</legend>
        {value.holidays.length === 0 ? (
          <p className="text-xs text-fg-muted">{t('inspector.workTime.noHolidays')}</p>
        ) : (
          <ul aria-label={t('inspector.workTime.holidays')} className="space-y-1">
            {value.holidays.map((date) => (
              <li key={date} className="flex items-center gap-2 text-xs">
                <span>{date}</span>
                <button
                  type="button"
                  className={buttonClass}
                  aria-label={t('inspector.workTime.removeHoliday', { date })}
                  onClick={() => onChange({ ...value, holidays: value.holidays.filter((d) => d !== date) })}
                >
                  {t('inspector.workTime.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor={holidayId} className={labelClass}>
              {t('inspector.workTime.newHoliday')}
            </label>
            <input
              id={holidayId}
              type="date"
              className={inputClass}
              value={holiday}
              onChange={(e) => {
                setHoliday(e.target.value);
                setHolidayError(null);
              }}
            />
          </div>
          <button type="button" className={buttonClass} onClick={addHoliday}>
            {t('inspector.workTime.addHoliday')}
          </button>
        </div>
        {holidayError && (
          <p role="alert" className="text-[11px] text-danger">
            {holidayError}
          </p>
        )}
      </fieldset>
    </div>
  );
}
