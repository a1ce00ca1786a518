import type { ReactElement } from 'react';
import type { Severity } from '../domain/lint/codes';
import { englishTranslator } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import { Drawing } from './icons';

const TONE: Record<Severity, string> = {
  error: 'text-rose-600 dark:text-rose-400',
  warning: 'text-amber-600 dark:text-amber-400',
  info: 'text-sky-600 dark:text-sky-400',
};

/** The word a screen reader hears for a severity (the icon alone is only colour and shape): "Error" / «Ошибка». */
export const severityLabel = (severity: Severity, translator: Translator = englishTranslator): string =>
  translator.t(`lint.severity.${severity}`);

const DRAWINGS: Record<Severity, ReactElement> = {
  // A stop sign, not a circled cross: that is the catalog's "Cancel order" robot, on the same cards.
  error: (
    <>
      <path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z" />
      <path d="M12 7.5v5.5M12 16.5h.01" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3.5L2.5 20h19L12 3.5z" />
      <path d="M12 10v4.5M12 17.5h.01" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5.5M12 7.5h.01" />
    </>
  ),
};

/**
 * A lint severity glyph: an octagon with "!", a triangle, a circled "i". Decorative; pair it with text.
 * `flat`: drawn as a picture (see FlatIcon), for the board's cards.
 */
export function SeverityIcon({
  severity,
  size = 16,
  flat = false,
}: {
  severity: Severity;
  size?: number;
  flat?: boolean;
}) {
  return (
    <Drawing
      id={`severity:${severity}`}
      drawing={DRAWINGS[severity]}
      size={size}
      strokeWidth={2}
      className={`shrink-0 ${TONE[severity]}`}
      flat={flat ? TONE[severity] : undefined}
    />
  );
}
