import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { robotDefinition } from '../../../src/domain/catalog';
import type { AnyRobotDefinition } from '../../../src/domain/catalog/types';
import { simulate } from '../../../src/engine';
import { settingsMessage } from '../../../src/engine/compile';
import { flow, run, scenario } from './helpers';

/*
 * Robots whose settings fail their catalog schema (docs/semantics.md §4 rule 5, §3.1): the effect still runs on
 * the raw settings and, when it fails, its documented message is the robot's failure; otherwise the robot
 * fails with the setting's problem in words, labelled as the inspector form labels it.
 */

const failures = (robots: Record<string, unknown>[], contact?: Record<string, unknown>) => {
  const { timeline } = run(
    flow({ robots }),
    scenario(
      contact ? { contact: { name: 'Dana', phones: [], emails: [], chat: 'chat-1', ...contact } } : {},
    ),
  );
  return timeline.entries
    .filter((e) => e.kind === 'robot.failed' || e.kind === 'robot.done')
    .map((e) => (e.kind === 'robot.failed' ? `${e.robot}: ${e.error}` : `${e.robot}: done`));
};

const phone = { phones: [{ type: 'MOBILE', value: '+1 555 0100' }] };
const email = { emails: [{ type: 'HOME', value: 'dana@example.org' }] };

describe('robots with settings their schema rejects', () => {
  it('fail with the effect’s documented message when the effect fails on the raw settings', () => {
    expect(
      failures(
        [
          // No origination number at all, and an empty one.
          { id: 'call1', type: 'call.robocall', status: 'A', settings: { mode: 'text', text: 'Hi' } },
          {
            id: 'call2',
            type: 'call.robocall',
            status: 'A',
            settings: { from: '', mode: 'text', text: 'Hi' },
          },
          // An empty sender, and an unknown sender with a missing subject: the sender check comes first.
          { id: 'mail1', type: 'email.send', status: 'A', settings: { from: '', subject: 'S', body: 'B' } },
          { id: 'mail2', type: 'email.send', status: 'A', settings: { from: 'nope', body: 'B' } },
        ],
        { ...phone, ...email },
      ),
    ).toEqual([
      'call1: Origination number is not specified',
      'call2: Origination number is not specified',
      'mail1: The message sender is not specified',
      'mail2: The message sender is not specified',
    ]);
  });

  it('fail with the setting’s label when the effect succeeds or throws on the raw settings', () => {
    expect(
      failures(
        [
          // The number is fine and the effect would call with an empty text: the setting is at fault.
          { id: 'call', type: 'call.robocall', status: 'A', settings: { from: 'num-main', mode: 'text' } },
          { id: 'mail', type: 'email.send', status: 'A', settings: { from: 'auto', subject: 'S', body: '' } },
          { id: 'log', type: 'log.write', status: 'A', settings: { text: 42 } },
          // A present but invalid value keeps the schema's own words.
          {
            id: 'speed',
            type: 'call.robocall',
            status: 'A',
            settings: { from: 'num-main', mode: 'text', text: 'Hi', speed: 'warp' },
          },
          // The effect throws on a deadline that is not an interval: still the setting's message.
          {
            id: 'task',
            type: 'task.create',
            status: 'A',
            settings: { title: 'T', deadline: { value: 'soon', unit: 'days' } },
          },
        ],
        { ...phone, ...email },
      ),
    ).toEqual([
      'call: Setting "Text" is required',
      'mail: Setting "Text" is required',
      expect.stringMatching(/^log: Setting "Text": /),
      'speed: Setting "Speed": Speed is one of x-slow, slow, medium, fast, x-fast',
      expect.stringMatching(/^task: Setting "Deadline after the run" \(value\): /),
    ]);
  });

  it('an effect that throws on raw settings gives the setting’s message, not the crash', () => {
    const def = {
      ...(robotDefinition('log.write') as AnyRobotDefinition),
      settingsSchema: z.object({ text: z.string().min(1, 'Enter the text') }),
      effect: () => {
        throw new Error('boom');
      },
    } as AnyRobotDefinition;
    const timeline = simulate(
      flow({ robots: [{ id: 'x', type: 'log.write', status: 'A', settings: {} }] }),
      scenario(),
      {
        definitions: () => def,
      },
    );
    const failed = timeline.entries.find((e) => e.kind === 'robot.failed');
    expect(failed?.kind === 'robot.failed' && failed.error).toBe('Setting "Text" is required');
  });

  it('a discarded effect run changes nothing: object numbers are not used up', () => {
    const { timeline } = run(
      flow({
        robots: [
          { id: 'bad', type: 'task.create', status: 'A', settings: { title: '' } },
          { id: 'good', type: 'task.create', status: 'A', settings: { title: 'T' } },
        ],
      }),
      scenario({ order: { id: '1', responsibleId: 'e1' } }),
    );
    const done = timeline.entries.find((e) => e.kind === 'robot.done');
    expect(done?.kind === 'robot.done' && done.output.id).toBe('task-1');
    expect(timeline.entries.some((e) => e.kind === 'robot.failed' && e.robot === 'bad')).toBe(true);
    // The emitted events and order changes of the discarded run are not applied either.
    expect(timeline.entries.filter((e) => e.kind === 'event')).toHaveLength(1);
  });

  it('settingsMessage: labels from the form, the key when the form has none, root problems', () => {
    const def = robotDefinition('call.robocall') as AnyRobotDefinition;
    expect(settingsMessage(def, {}, { path: ['from'], message: 'Choose the origination number' })).toBe(
      'Setting "Origination number" is required',
    );
    expect(settingsMessage(def, { other: 1 }, { path: ['other'], message: 'Bad' })).toBe(
      'Setting "other": Bad',
    );
    expect(settingsMessage(def, {}, { path: [], message: 'Bad' })).toBe('Invalid settings: Bad');
    expect(settingsMessage(def, {}, undefined)).toBe('Invalid settings: invalid value');
  });
});
