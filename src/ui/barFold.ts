/*
 * The top bar gives way in steps when its content does not fit (useCrowded sets the bar's
 * `data-fold-level`): at step 1 the long forms of its texts give way to short ones (a mark and a
 * number, an icon without its word), at step 2 its least used buttons fold into "More". These are
 * the classes that say, for one part of the bar, at which step it goes or appears. A part that goes
 * at step N also carries `data-fold="N"` and one that appears at step N `data-fold-menu="N"`, so the
 * bar knows how much room coming back would take.
 */

/** Shown only while the bar takes no step (a long form, a word beside its icon). */
export const WIDE_ONLY = 'group-data-[fold-level=1]/bar:hidden group-data-[fold-level=2]/bar:hidden';
/** As WIDE_ONLY, but kept for screen readers when it goes (the words of a button's name). */
export const WIDE_ONLY_SR = 'group-data-[fold-level=1]/bar:sr-only group-data-[fold-level=2]/bar:sr-only';
/** Shown once the bar takes a step (the short form of a WIDE_ONLY text). */
export const NARROW_ONLY = 'hidden group-data-[fold-level=1]/bar:inline group-data-[fold-level=2]/bar:inline';
/** As NARROW_ONLY, for a part laid out as a row. */
export const NARROW_ONLY_FLEX =
  'hidden group-data-[fold-level=1]/bar:inline-flex group-data-[fold-level=2]/bar:inline-flex';
/** Folded into "More" at step 2. */
export const FOLDS_AWAY = 'group-data-[fold-level=2]/bar:hidden';
/** The "More" menu: there only at step 2. */
export const FOLD_MENU = 'hidden group-data-[fold-level=2]/bar:block';
