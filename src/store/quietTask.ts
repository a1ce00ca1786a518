/**
 * A write to the browser's storage that waits for the user to pause: `schedule` (again) puts it
 * `delayMs` after the latest call — then, with `whenIdle`, into the browser's idle time as well —
 * and `flush` runs a due one at once (the page is being hidden or left). Autosave and the session's
 * undo history use it: both are synchronous and, for a large design, long enough to be felt when
 * they land on a keystroke.
 */
export function quietTask(task: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let due = false;
  const cancel = () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    timer = idle = undefined;
    due = false;
  };
  const flush = () => {
    if (!due) return;
    cancel();
    task();
  };
  return {
    schedule(delayMs: number, whenIdle = false) {
      cancel();
      due = true;
      timer = setTimeout(() => {
        if (whenIdle && typeof requestIdleCallback === 'function')
          idle = requestIdleCallback(flush, { timeout: delayMs });
        else flush();
      }, delayMs);
    },
    flush,
    cancel,
    pending: () => due,
  };
}
