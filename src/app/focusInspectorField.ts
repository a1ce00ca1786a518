/** What to focus: a setting by its key (`settings.text`), else a part of the node by its label ("Run"). */
export type FieldTarget = { settingKey?: string | undefined; label?: string | undefined };

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button, [tabindex="0"]';

function findField(inspector: HTMLElement, { settingKey, label }: FieldTarget): HTMLElement | null {
  if (settingKey !== undefined) {
    const box = inspector.querySelector(`[data-setting-key="${CSS.escape(settingKey)}"]`);
    const control = box?.querySelector<HTMLElement>(CONTROLS);
    if (control) return control;
  }
  if (label === undefined) return null;
  const match = [...inspector.querySelectorAll<HTMLElement>('label, legend')].find(
    (el) => el.textContent?.replace('*', '').trim() === label,
  );
  if (match instanceof HTMLLabelElement && match.htmlFor) return document.getElementById(match.htmlFor);
  return match?.parentElement?.querySelector<HTMLElement>(CONTROLS) ?? null;
}

/**
 * After choosing a problem, puts the caret in the inspector field it is about. The inspector renders
 * the newly selected node on the next frame, so the lookup waits for it.
 */
export function focusInspectorField(target: FieldTarget, tries = 5): void {
  requestAnimationFrame(() => {
    const inspector = document.querySelector<HTMLElement>('[aria-label="Inspector"]');
    const field = inspector ? findField(inspector, target) : null;
    if (field) {
      field.focus();
      field.scrollIntoView?.({ block: 'nearest' });
    } else if (tries > 0) focusInspectorField(target, tries - 1);
  });
}
