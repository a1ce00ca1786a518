import { useDeferredValue, useMemo } from 'react';
import { robotDefinition } from '../../domain/catalog';
import type { RobotChanges } from '../../domain/commands';
import { orderFields } from '../../domain/fields';
import type { Flow, Robot } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import type { Environment } from '../../domain/scenario';
import { catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import { checkboxClass, inputClass } from '../../ui/formStyles';
import { Field } from '../../ui/Field';
import { ConditionAndSettings } from './ConditionAndSettings';
import { DelayEditor } from './DelayEditor';
import { ExecutionSelect } from './ExecutionSelect';
import { NodeHeader } from './NodeHeader';
import { nodeProblems } from './nodeProblems';
import { Section, useRun } from './Section';
import { StatusSelect } from './StatusSelect';
import type { SampleOrder } from './templateContext';
import { buildTemplateContext } from './templateContext';
import type { Dispatch } from './types';

export interface RobotInspectorProps {
  flow: Flow;
  robot: Robot;
  environment: Environment;
  dispatch: Dispatch;
  problems: readonly LintProblem[];
  sample: SampleOrder;
  apiBaseUrl: string;
}

/** Name, enabled, execution, run time, condition and the type's settings of one robot. */
export function RobotInspector({
  flow,
  robot,
  environment,
  dispatch,
  problems,
  sample,
  apiBaseUrl,
}: RobotInspectorProps) {
  const translator = useTranslator();
  const { t } = translator;
  const def = robotDefinition(robot.type);
  const title = catalogTitle(translator, 'robot', robot.type);
  const { run, refusal } = useRun(dispatch);
  const update = (changes: RobotChanges) => run({ type: 'robot.update', id: robot.id, changes });
  // What {{ offers is built from every robot before this one: in a large design that follows a
  // keystroke a moment later, after the keystroke is on screen (see ExecutionSelect).
  const templateFlow = useDeferredValue(flow);
  const templateRobot = useDeferredValue(robot);
  const template = useMemo(
    () => buildTemplateContext(templateFlow, templateRobot, environment, sample, translator),
    [templateFlow, templateRobot, environment, sample, translator],
  );
  const index = flow.robots.indexOf(robot);
  // Memoized: the problems list is the same array across edits that change none (thousands in a large design).
  const { inline, general } = useMemo(() => nodeProblems(problems, `$.robots[${index}]`), [problems, index]);
  const fields = useMemo(() => orderFields(environment.customFields), [environment.customFields]);

  return (
    <div className="space-y-3">
      <NodeHeader
        nodeId={robot.id}
        icon={def.icon}
        title={robot.name || title}
        kind="robot"
        problems={general}
        refusal={refusal}
      />
      <Field label={t('inspector.name')} help={robot.name ? title : undefined}>
        {(control) => (
          <input
            type="text"
            {...control}
            className={inputClass}
            placeholder={title}

            value={robot.name ?? ''}
            onChange={(e) => update({ name: e.target.value === '' ? null : e.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('inspector.enabled')}
        layout="inline"
        help={robot.disabled ? t('inspector.enabled.skipped') : undefined}
      >
        {(control) => (
          <input
            type="checkbox"
            {...control}
            className={checkboxClass}
            checked={!robot.disabled}
            onChange={(e) => update({ disabled: e.target.checked ? null : true })}
          />
        )}
      </Field>
      <Section title={t('inspector.section.when')}>
        <StatusSelect flow={flow} card={robot} run={run} />
        <ExecutionSelect flow={flow} robot={robot} dispatch={dispatch} />
        <DelayEditor
          value={robot.delay}
          customFields={environment.customFields}
          onChange={(delay) => update({ delay })}
        />
      </Section>
      <ConditionAndSettings
        condition={robot.condition}
        fields={fields}
        emptyText={t('inspector.robot.noCondition')}

        onConditionChange={(condition) => update({ condition })}
        inline={inline}
        definition={def}
        settings={robot.settings}
        onChange={(settings) => update({ settings })}
        environment={environment}
        statuses={flow.statuses}
        template={template}
        nodeId={robot.id}
        apiBaseUrl={apiBaseUrl}
      />
    </div>
  );
}
