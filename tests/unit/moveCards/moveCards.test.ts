import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../src/domain/commands';
import type { Command } from '../../../src/domain/commands';
import type { Flow } from '../../../src/domain/flow';
import { statusId } from '../../../src/domain/ids';
import { moveCardsCommand, neighbourStatusOf } from '../../../src/domain/moveCards';
import { sampleFlow } from '../commands/helpers';

function apply(flow: Flow, command: Command): Flow {
  const result = applyCommand(flow, command);
  if (!result.ok) throw new Error(result.reason);
  return result.flow;
}

describe('moving the selected cards to another status', () => {
  it('finds the status left or right of the last selected card, none past the ends', () => {
    const flow = sampleFlow();
    expect(neighbourStatusOf(flow, ['a1'], 1)).toBe('B');
    expect(neighbourStatusOf(flow, ['a1', 'tPay'], 1)).toBe('C');
    expect(neighbourStatusOf(flow, ['tPay'], -1)).toBe('A');
    expect(neighbourStatusOf(flow, ['a1'], -1)).toBeNull();
    // A selected lane is not a card.
    expect(neighbourStatusOf(flow, ['B'], 1)).toBeNull();
  });

  it('moves a robot out of its chain and says which links went', () => {
    const flow = sampleFlow();
    const move = moveCardsCommand(flow, ['a2'], statusId('B'))!;
    expect(move.message).toBe(
      '“Write to log” moved to “Paid”. Its “after previous” links in “Accepted” were removed; the robots after it now follow its previous robot.',
    );
    const after = apply(flow, move.command);
    expect(after.robots.find((r) => r.id === 'a2')).toMatchObject({ status: 'B', after: null });
    // The chain closes behind it.
    expect(after.robots.find((r) => r.id === 'a3')?.after).toBe('a1');
  });

  it('moves robots and triggers together as one command; cards already there stay', () => {
    const flow = sampleFlow();
    const move = moveCardsCommand(flow, ['b1', 'tPay', 'a4'], statusId('C'))!;
    expect(move.command.type).toBe('batch');
    const after = apply(flow, move.command);
    expect(after.robots.filter((r) => r.status === 'C').map((r) => r.id)).toEqual(['a4', 'b1']);
    expect(after.triggers[0]?.status).toBe('C');
    expect(moveCardsCommand(flow, ['b1'], statusId('B'))).toBeNull();
  });
});
