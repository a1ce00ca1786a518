import { useTranslator } from '../../../i18n/react';
import { buttonClass, inputClass } from '../../../ui/formStyles';
import type { WidgetProps } from './types';
import { asString } from './types';

/**
 * A code derived from the trigger id: the same trigger always gets the same code (so a regenerated
 * design keeps its URL), and ids that differ get different codes. FNV-1a keeps it short.
 */
export function webhookCodeFor(nodeId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < nodeId.length; i++) {
    hash ^= nodeId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const slug = nodeId.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 24);
  return `${slug}-${hash.toString(36)}`;
}

/** The URL another system calls to fire the webhook trigger. */
export const webhookUrl = (base: string, code: string): string =>
  `${base.replace(/\/+$/, '')}/api/hooks/${encodeURIComponent(code)}`;

export function WebhookCodeWidget({ field, value, onChange, control, ctx }: WidgetProps) {
  const { t } = useTranslator();
  const code = asString(value);
  const [before, after] = t('inspector.widget.systemCalls', { url: '\u0000' }).split('\u0000');
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-1.5">
        <input
          type="text"
          {...control}
          aria-required={field.required || undefined}
          className={`${inputClass} font-mono`}
          value={code}
          onChange={(e) => onChange(e.target.value)}
        />
        {code.trim() === '' && (
          <button type="button" className={buttonClass} onClick={() => onChange(webhookCodeFor(ctx.nodeId))}>
            {t('inspector.widget.generate')}
          </button>
        )}
      </div>
      {code.trim() !== '' && (
        <p className="text-[11px] text-fg-secondary">
          {before}
          <code className="break-all rounded bg-surface-raised px-1 font-mono">
            {webhookUrl(ctx.apiBaseUrl, code)}
          </code>
          {after}
        </p>
      )}
    </div>
  );
}
