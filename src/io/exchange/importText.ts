import type { Flow } from '../../domain/flow';
import type { Scenario } from '../../domain/scenario';
import type { Timeline } from '../../domain/timeline';
import { loadFlow, loadScenario, loadTimeline } from '../loadFlow';
import type { IoProblem } from '../problems';
import { englishTranslator } from '../../i18n/english';
import type { Translator } from '../../i18n/translator';

export type ImportKind = 'flow' | 'scenario' | 'timeline';
type DocOf<K extends ImportKind> = K extends 'flow' ? Flow : K extends 'scenario' ? Scenario : Timeline;

/** What an import dialog shows: the document and its warnings, or the errors with their JSON paths. */
export type ImportResult<K extends ImportKind> =
  { ok: true; kind: K; doc: DocOf<K>; warnings: IoProblem[] } | { ok: false; kind: K; errors: IoProblem[] };

/** Reads text the user opened, pasted or dropped: parse → migrate → validate, never a bare cast. */
export function importText<K extends ImportKind>(
  text: string,
  kind: K,
  translator: Translator = englishTranslator,
): ImportResult<K> {
  const result = (ok: true, doc: unknown, warnings: IoProblem[]) =>
    ({ ok, kind, doc: doc as DocOf<K>, warnings }) as ImportResult<K>;
  const failed = (errors: IoProblem[]) => ({ ok: false, kind, errors }) as ImportResult<K>;
  switch (kind) {
    case 'flow': {
      const r = loadFlow(text, translator);
      return r.ok ? result(true, r.flow, r.warnings) : failed(r.errors);
    }
    case 'scenario': {
      const r = loadScenario(text, translator);
      return r.ok ? result(true, r.scenario, r.warnings) : failed(r.errors);
    }
    case 'timeline': {
      const r = loadTimeline(text, translator);
      return r.ok ? result(true, r.timeline, r.warnings) : failed(r.errors);
    }
  }
}

/** Files bigger than this are refused before reading: a flow export is a few dozen kilobytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The text of a chosen or dropped file, or a sentence saying why it cannot be read. */
export async function readImportFile(
  file: Blob,
  { t }: Translator = englishTranslator,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES)
    return { ok: false, message: t('io.import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }) };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: t('io.import.unreadable') };
  }
}
