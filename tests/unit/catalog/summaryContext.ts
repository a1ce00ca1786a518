import { namer } from '../../../src/domain/naming';
import type { SummaryContext } from '../../../src/domain/naming';
import { englishTranslator } from '../../../src/i18n/english';
import { DEFAULT_FLOW } from '../../../src/domain/samples/defaultFlow';

/** Summaries read names from a design: the default one, whose statuses P and D are "Paid, …" and "Canceled". */
export const SUMMARY: SummaryContext = { names: namer(DEFAULT_FLOW), t: englishTranslator };
