import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { Badge, Chip, Icon } from '../ui';
import { NeedsSettings } from './NeedsSettings';
import { TriggerRunState } from './RunState';
import type { TriggerNode as TriggerNodeType } from './types';

/** A trigger chip at the top of its lane: the event that moves an order into this status. */
function TriggerNodeComponent({ data, selected }: NodeProps<TriggerNodeType>) {
  const { trigger, title, icon, summary, condition, unconfigured } = data;
  const detail = condition ? `if ${condition}` : summary;
  const look = selected
    ? 'border-brand-500 ring-2 ring-brand-500/40'
    : unconfigured
      ? 'border-amber-400 dark:border-amber-600'
      : 'border-slate-200 dark:border-slate-700';
  return (
    <div
      className={`flex h-full items-center gap-2.5 rounded-lg border px-2.5 ${look} ${
        unconfigured ? 'bg-amber-50 dark:bg-amber-950/60' : 'bg-slate-50 dark:bg-slate-800/80'
      }`}
    >
      <div className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-emerald-700 dark:bg-emerald-950 dark:text-emerald-300">
        <Icon name={icon} size={15} />
      </div>
      <div className="min-w-0 flex-1">
        <div className="truncate text-[13px] font-semibold leading-4 text-slate-800 dark:text-slate-100">
          {trigger.name && trigger.name !== title ? trigger.name : title}
        </div>
        {detail && (
          <div className="truncate text-[11px] leading-4 text-slate-500 dark:text-slate-400" title={detail}>
            {detail}
          </div>
        )}
      </div>
      {trigger.allowBackward && (
        <Chip tone="muted" title="May move the order back to an earlier status" fixed>
          may move back
        </Chip>
      )}
      {unconfigured ? <NeedsSettings /> : <Badge tone="success">Trigger</Badge>}
      <TriggerRunState triggerId={trigger.id} />
    </div>
  );
}

export const TriggerNode = memo(TriggerNodeComponent);
