import type { Flow } from '../../domain/flow';
import type { Timeline } from '../../domain/timeline';
import { downloadFile, timelineExport } from '../../io/exchange';
import { useTranslator } from '../../i18n/react';
import { buttonClass } from '../../ui/formStyles';

interface Props {
  flow: Flow;
  timeline: Timeline;
  /** Names the files: "Default flow - Paid and delivered.timeline.json". */
  scenarioName: string;
  /** The run no longer matches the scenario: a download would pass off an old run as this one. */
  disabled?: boolean | undefined;
}

/**
 * Downloads of the run shown: the timeline as JSON (docs/semantics.md §5, what the CLI prints and what a backend's
 * own run can be compared with) and the log as CSV for a spreadsheet.
 */
export function TimelineDownloads({ flow, timeline, scenarioName, disabled }: Props) {
  const { t } = useTranslator();
  const download = (format: 'json' | 'csv') =>
    downloadFile(timelineExport(timeline, flow, scenarioName, format));
  return (
    <div
      role="group"
      aria-label={t('simulator.download.label')}
      className="flex flex-wrap items-center gap-1 text-xs"
    >
      <span className="text-fg-secondary">{t('simulator.download.title')}</span>
      <button type="button" className={buttonClass} disabled={disabled} onClick={() => download('json')}>
        {t('simulator.download.json')}
      </button>
      <button type="button" className={buttonClass} disabled={disabled} onClick={() => download('csv')}>
        {t('simulator.download.csv')}
      </button>
    </div>
  );
}
