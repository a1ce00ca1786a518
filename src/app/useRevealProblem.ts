import { useCallback } from 'react';
import type { LintProblem } from '../domain/lint';
import type { ProblemLocation } from '../panels/problems';
import { useDesignerStoreApi } from '../store';
import { focusInspectorField } from './focusInspectorField';
import { useReveal } from './useReveal';

/**
 * What choosing a problem does, wherever the list is shown (the problems panel, the Publish
 * refusal): select its card or lane, bring it into view and focus the setting it is about.
 */
export function useRevealProblem(): (problem: LintProblem, location: ProblemLocation) => void {
  const store = useDesignerStoreApi();
  const reveal = useReveal();
  return useCallback(
    (_problem: LintProblem, location: ProblemLocation) => {
      if (!location.nodeId) return;
      store.getState().select([location.nodeId]);
      reveal(location.nodeId);
      if (location.settingKey !== undefined || location.fieldLabel !== undefined)
        focusInspectorField({ settingKey: location.settingKey, label: location.fieldLabel });
    },
    [store, reveal],
  );
}
