import type { IconName } from '../../domain/catalog';
import type { LintProblem } from '../../domain/lint';
import { useTranslator } from '../../i18n/react';
import { fullText, Icon } from '../../ui';

const TONE: Record<LintProblem['severity'], string> = {
  error: 'text-danger',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-fg-subtle',
};

/** Icon, title and kind of the selection, with its problems that no single field owns. */
export function NodeHeader({
  nodeId,
  icon,
  title,
  kind,
  problems,
  refusal,
}: {
  /** Kept as a data attribute for tools that check which card is shown (the canvas benchmark). */
  nodeId: string;
  icon: IconName;
  title: string;
  kind: 'robot' | 'trigger';
  problems: readonly LintProblem[];
  refusal: string | null;
}) {
  const { t } = useTranslator();
  return (
    <header className="space-y-2" data-node-id={nodeId}>
      <div className="flex items-center gap-2">
        <span className="flex h-8 w-8 items-center justify-center rounded-md bg-surface-raised text-fg-soft">
          <Icon name={icon} size={17} />
        </span>
        <div className="min-w-0">
          <h2 className="truncate text-sm font-semibold text-fg" {...fullText(title)}>
            {title}
          </h2>
          {/* The kind only: ids are for integrators (the JSON shows them), not for business users. */}
          <p className="text-[11px] text-fg-muted">{t(`inspector.kind.${kind}`)}</p>
        </div>
      </div>
      {refusal && (
        <p role="alert" className="text-xs text-danger">
          {refusal}
        </p>
      )}
      {problems.length > 0 && (
        <ul aria-label={t('inspector.problems')} className="space-y-0.5 text-[11px] leading-4">
          {problems.map((p) => (
            <li key={`${p.code} ${p.path} ${p.message}`} className={TONE[p.severity]}>
              <span className="font-mono">{p.code}</span> {p.message}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
