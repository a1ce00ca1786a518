import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useTranslator } from '../i18n/react';
import { fullText, Icon } from '../ui';
import { namesOf, useDesigner } from '../store';
import { RunReasonLine, RunReasonSentence, useRunReason } from './RunReason';
import { triggerSummary } from './labels';
import { TriggerRunState } from './RunState';
import type { TriggerNode as TriggerNodeType } from './types';

/**
 * A trigger in its lane's trigger row: the event that moves an order into this status, with its
 * condition (or settings) on the second line — or its "set up" marker while required ones are empty.
 */
function TriggerNodeComponent({ data, selected }: NodeProps<TriggerNodeType>) {
  const { trigger, title, icon, condition, unconfigured } = data;
  const translator = useTranslator();
  const { t } = translator;
  const summary = useDesigner((s) => triggerSummary(trigger, namesOf(s, translator), translator));
  const name = trigger.name && trigger.name !== title ? trigger.name : title;
  const detail = condition ? t('canvas.card.condition', { condition }) : summary;
  const reason = useRunReason(trigger.id);
  const look = selected
    ? 'border-brand-500 ring-2 ring-brand-500/40'
    : unconfigured
      ? 'border-amber-400 dark:border-amber-600'
      : 'border-emerald-200 dark:border-emerald-900';
  return (
    <div
      className={`flex h-full items-center gap-2 rounded-lg border px-2 ${look} ${
        unconfigured ? 'bg-amber-50 dark:bg-amber-950/60' : 'bg-emerald-50/60 dark:bg-slate-800/80'
      }`}
    >
      <div className="flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300">
        <Icon name={icon} size={14} flat="text-emerald-700 dark:text-emerald-300" />
      </div>
      <div className="min-w-0 flex-1">
        <div
          className="truncate text-[13.5px] font-semibold leading-[18px] text-slate-800 dark:text-slate-100"
          data-name=""
          {...fullText(name)}
        >
          {name}
        </div>
        {/* While a run is shown, why the trigger did not fire takes the second line's place. */}
        {reason ? (
          <RunReasonLine reason={reason} className="text-[11px] leading-4" />
        ) : unconfigured ? (
          <div className="truncate text-[11px] font-medium leading-4 text-amber-800 dark:text-amber-300">
            {t('canvas.card.needsSettings')}
          </div>
        ) : (
          detail && (
            <div className="truncate text-[11px] leading-4 text-fg-secondary" {...fullText(detail)}>
              {detail}
            </div>
          )
        )}
      </div>
      {trigger.allowBackward && (
        <span
          className="shrink-0 rounded-full bg-slate-100 px-1.5 text-[10.5px] font-medium leading-4 text-slate-600 dark:bg-slate-700 dark:text-slate-200"
          title={t('canvas.trigger.mayMoveBack.hint')}
        >
          {t('canvas.trigger.mayMoveBack')}
        </span>
      )}
      <TriggerRunState triggerId={trigger.id} />
      <RunReasonSentence nodeId={trigger.id} reason={reason} />
    </div>
  );
}

export const TriggerNode = memo(TriggerNodeComponent);
