import { describe, expect, it } from 'vitest';
import { outputKeysOf, ROBOT_DEFINITIONS } from '../../../src/domain/catalog';
import { lintFlow } from '../../../src/domain/lint';
import { DEFAULT_ENVIRONMENT } from '../../../src/domain/reference/defaultEnvironment';
import { createTranslator } from '../../../src/i18n';
import { catalogOutputLabel } from '../../../src/i18n/catalogFields';
import { englishTranslator } from '../../../src/i18n/english';
import en from '../../../src/i18n/messages/all.en';
import ru from '../../../src/i18n/messages/all.ru';
import { flowWith, robot } from './helpers';

const russian = createTranslator('ru', ru, en);
// A task's title read under a key the task robot does not have.
const flow = flowWith((d) => (robot(d, 'n_sms').settings.text = 'Задача: {{robots.p_task.name}}'));

describe('OF203 names the outputs a robot has by their labels', () => {
  it('in Russian', () => {
    const p = lintFlow(flow, DEFAULT_ENVIRONMENT, russian).find((x) => x.code === 'OF203')!;
    expect(p.message).toMatch(
      /берёт «name» у робота .+, но такого результата у него нет; он возвращает: «ID задачи», «Задача», «Исполнитель», «Крайний срок»\.$/,
    );
  });

  it('in English', () => {
    const p = lintFlow(flow, DEFAULT_ENVIRONMENT).find((x) => x.code === 'OF203')!;
    expect(p.message).toMatch(
      /which has no such output; it outputs “Task ID”, “Task”, “Assignee”, “Deadline”\.$/,
    );
  });
});

describe('every output a robot declares', () => {
  it('has its label in English and Russian', () => {
    for (const def of Object.values(ROBOT_DEFINITIONS))
      for (const key of outputKeysOf(def)) {
        expect(catalogOutputLabel(englishTranslator, def.type, key), `${def.type} ${key}`).toBe(
          def.outputLabels[key],
        );
        expect(ru, `${def.type} ${key}`).toHaveProperty([`catalog.robot.${def.type}.output.${key}`]);
      }
    expect(catalogOutputLabel(russian, 'chat.send', 'visibleToClient')).toBe('Видно клиенту');
  });
});
