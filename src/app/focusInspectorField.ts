/**
 * After choosing a problem, puts the caret in the inspector field it is about. The inspector renders
 * the newly selected node on the next frame, so the lookup waits for it.
 */
export function focusInspectorField(label: string, tries = 5): void {
  requestAnimationFrame(() => {
    const inspector = document.querySelector<HTMLElement>('[aria-label="Inspector"]');
    const match = [...(inspector?.querySelectorAll<HTMLElement>('label, legend') ?? [])].find(
      (el) => el.textContent?.replace('*', '').trim() === label,
    );
    const target =
      match instanceof HTMLLabelElement && match.htmlFor
        ? document.getElementById(match.htmlFor)
        : match?.parentElement?.querySelector<HTMLElement>('input, select, textarea, button');
    if (target) target.focus();
    else if (tries > 0) focusInspectorField(label, tries - 1);
  });
}
