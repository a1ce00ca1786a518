import { useId, useState } from 'react';
import type { FlowSettingsChanges } from '../../domain/commands';
import { DEFAULT_WORK_TIME } from '../../domain/flow';
import { useTranslator } from '../../i18n/react';
import { useDesigner } from '../../store';
import { ModalDialog } from '../../ui/ConfirmDialog';
import { buttonClass, inputClass, labelClass } from '../../ui/formStyles';
import { WorkTimeSection } from './WorkTimeSection';
import { ZonePicker } from './ZonePicker';

/**
 * The design's own settings: its name, the time zone and the working time every delay is counted in
 * (docs/semantics.md §4 rule 8). Each change is one command, so one undo step; a refused change is
 * said next to the field and the design keeps its value.
 */
export function DesignSettingsDialog({ onClose, now = new Date() }: { onClose: () => void; now?: Date }) {
  const nameId = useId();
  const { t } = useTranslator();
  const flow = useDesigner((s) => s.flow);
  const dispatch = useDesigner((s) => s.dispatch);
  const [name, setName] = useState(flow.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [zoneError, setZoneError] = useState<string | null>(null);
  const [opened] = useState(now);

  const commitName = () => {
    if (name.trim() === flow.name) return;
    if (name.trim() === '') return setNameError(t('inspector.design.needsName'));
    const result = dispatch({ type: 'flow.rename', name });
    setNameError(result.ok ? null : result.reason);
  };
  const change = (changes: FlowSettingsChanges): string | null => {
    const result = dispatch({ type: 'flow.settings', changes });
    return result.ok ? null : result.reason;
  };

  return (
    <ModalDialog
      title={t('inspector.design.title')}
      onClose={onClose}
      footer={
        <button type="button" className={buttonClass} onClick={onClose}>
          {t('inspector.design.done')}
        </button>
      }
    >
      <div className="space-y-4">
        <div className="space-y-1">
          <label htmlFor={nameId} className={labelClass}>
            {t('inspector.design.name')}
          </label>
          <input
            id={nameId}
            className={inputClass}
            value={name}
            maxLength={200}
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setNameError(null);
            }}
            onBlur={commitName}
            onKeyDown={(e) => e.key === 'Enter' && commitName()}
          />
          {nameError && (
            <p role="alert" className="text-[11px] text-danger">
              {nameError}
            </p>
          )}
        </div>
        <ZonePicker
          value={flow.settings.timezone}
          now={opened}
          onChange={(timezone) => setZoneError(change({ timezone }))}
        />
        {zoneError && (
          <p role="alert" className="text-[11px] text-danger">
            {zoneError}
          </p>
        )}
        <WorkTimeSection
          value={flow.settings.workTime ?? DEFAULT_WORK_TIME}
          onChange={(workTime) => change({ workTime })}
        />
      </div>
    </ModalDialog>
  );
}
