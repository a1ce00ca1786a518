import type { Command } from '../../domain/commands';
import type { Flow, Robot, Trigger } from '../../domain/flow';
import { statusId } from '../../domain/ids';
import { moveCardsCommand } from '../../domain/moveCards';
import { useTranslator } from '../../i18n/react';
import { selectClass } from '../../ui/formStyles';
import { Field } from '../../ui/Field';

export interface StatusSelectProps {
  flow: Flow;
  card: Robot | Trigger;
  /** Runs the move; the inspector shows a refusal the way it shows any other. */
  run: (command: Command) => void;
}

/**
 * The status a robot or trigger belongs to, as a select: the keyboard's way of doing what dragging
 * a card to another lane does (the same command, one undo step).
 */
export function StatusSelect({ flow, card, run }: StatusSelectProps) {
  const { t } = useTranslator();
  // A robot in a chain loses its links when it moves (they cannot cross statuses): say so before.
  const linked = 'after' in card && (card.after !== null || flow.robots.some((r) => r.after === card.id));
  return (
    <Field label={t('inspector.status.label')} help={linked ? t('inspector.status.linked') : undefined}>
      {(control) => (
        <select
          {...control}
          className={selectClass}
          value={card.status}
          onChange={(e) => {
            const move = moveCardsCommand(flow, [card.id], statusId(e.target.value));
            if (move) run(move.command);
          }}
        >
          {flow.statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
