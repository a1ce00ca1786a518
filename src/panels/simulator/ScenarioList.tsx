import { useRef, useState } from 'react';
import type { Scenario } from '../../domain/scenario';
import { useTranslator } from '../../i18n/react';
import { buttonClass, linkButtonClass } from '../../ui/formStyles';
import { downloadScenario, readScenarioFile } from './scenarioFiles';

export interface ScenarioListProps {
  scenarios: readonly Scenario[];
  selected: number;
  onSelect: (index: number) => void;
  /** The list after an add, duplicate, remove or import (the app keeps it with the flow). */
  onScenariosChange: (scenarios: Scenario[], selected: number) => void;
}

/** The design's scenarios: choose one, duplicate, remove, export as JSON, import a JSON file. */
export function ScenarioList({ scenarios, selected, onSelect, onScenariosChange }: ScenarioListProps) {
  const translator = useTranslator();
  const { t } = translator;
  const fileInput = useRef<HTMLInputElement>(null);
  const [importError, setImportError] = useState<string | undefined>();
  const current = scenarios[selected];

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readScenarioFile(file, translator);
    if (!result.ok)
      return setImportError(t('simulator.list.importError', { file: file.name, message: result.message }));
    setImportError(undefined);
    onScenariosChange([...scenarios, result.scenario], scenarios.length);
  };

  return (
    <section
      aria-label={t('simulator.list.label')}
      className="space-y-1 text-xs text-slate-800 dark:text-slate-200"
    >
      <ul role="listbox" aria-label={t('simulator.tab.scenario')} className="rounded border border-border">
        {scenarios.map((s, i) => (
          <li
            key={i}
            role="option"
            aria-selected={i === selected}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => onSelect(i)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && i + 1 < scenarios.length) onSelect(i + 1);
              if (e.key === 'ArrowUp' && i > 0) onSelect(i - 1);
            }}
            className="cursor-pointer px-2 py-1 aria-selected:bg-brand-50 aria-selected:font-medium dark:aria-selected:bg-slate-800"
          >
            {s.name || t('simulator.list.unnamed', { number: i + 1 })}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-1">
        <button
          type="button"
          className={buttonClass}
          disabled={!current}
          onClick={() =>
            current &&
            onScenariosChange(
              [
                ...scenarios,
                { ...structuredClone(current), name: t('simulator.list.copyName', { name: current.name }) },
              ],
              scenarios.length,
            )
          }
        >
          {t('simulator.list.duplicate')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={scenarios.length <= 1}
          onClick={() =>
            onScenariosChange(
              scenarios.filter((_, i) => i !== selected),
              Math.max(0, selected - 1),
            )
          }
        >
          {t('simulator.list.remove')}
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={!current}
          onClick={() => current && downloadScenario(current)}
        >
          {t('simulator.list.export')}
        </button>
        <button type="button" className={buttonClass} onClick={() => fileInput.current?.click()}>
          {t('simulator.list.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={t('simulator.list.importFile')}
          className="sr-only"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {importError && (
        <p role="alert" className="whitespace-pre-wrap text-danger">
          {importError}{' '}
          <button type="button" className={linkButtonClass} onClick={() => setImportError(undefined)}>
            {t('simulator.list.dismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
