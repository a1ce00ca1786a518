import { useMemo } from 'react';
import { triggerDefinition } from '../../domain/catalog';
import type { TriggerChanges } from '../../domain/commands';
import { orderFields } from '../../domain/fields';
import type { Flow, Trigger } from '../../domain/flow';
import type { LintProblem } from '../../domain/lint';
import type { Environment } from '../../domain/scenario';
import { catalogTitle } from '../../i18n/catalogText';
import { useTranslator } from '../../i18n/react';
import { checkboxClass, inputClass, selectClass } from '../../ui/formStyles';
import { Field } from '../../ui/Field';
import { ConditionAndSettings } from './ConditionAndSettings';
import { NodeHeader } from './NodeHeader';
import { nodeProblems } from './nodeProblems';
import { useRun } from './Section';
import { StatusSelect } from './StatusSelect';
import type { SampleOrder } from './templateContext';
import { buildTemplateContext } from './templateContext';
import type { Dispatch } from './types';

export interface TriggerInspectorProps {
  flow: Flow;
  trigger: Trigger;
  environment: Environment;
  dispatch: Dispatch;
  problems: readonly LintProblem[];
  sample: SampleOrder;
  apiBaseUrl: string;
}

/** Name, "may move backwards", author of the move, condition and the type's settings of a trigger. */
export function TriggerInspector({
  flow,
  trigger,
  environment,
  dispatch,
  problems,
  sample,
  apiBaseUrl,
}: TriggerInspectorProps) {
  const translator = useTranslator();
  const { t } = translator;
  const def = triggerDefinition(trigger.type);
  const title = catalogTitle(translator, 'trigger', trigger.type);
  const { run, refusal } = useRun(dispatch);
  const update = (changes: TriggerChanges) => run({ type: 'trigger.update', id: trigger.id, changes });
  const template = useMemo(
    () => buildTemplateContext(flow, undefined, environment, sample, translator),
    [flow, environment, sample, translator],
  );
  const index = flow.triggers.indexOf(trigger);
  const { inline, general } = useMemo(
    () => nodeProblems(problems, `$.triggers[${index}]`),
    [problems, index],
  );
  const fields = useMemo(() => orderFields(environment.customFields), [environment.customFields]);
  const executeBy = trigger.executeBy ?? '';
  const unknownEmployee = executeBy !== '' && !environment.employees.some((e) => e.id === executeBy);

  return (
    <div className="space-y-3">
      <NodeHeader
        nodeId={trigger.id}
        icon={def.icon}
        title={trigger.name || title}
        kind="trigger"
        problems={general}
        refusal={refusal}
      />
      <Field label={t('inspector.name')}>
        {(control) => (
          <input
            type="text"
            {...control}
            className={inputClass}
            placeholder={title}

            value={trigger.name ?? ''}
            onChange={(e) => update({ name: e.target.value === '' ? null : e.target.value })}
          />
        )}
      </Field>
      <StatusSelect flow={flow} card={trigger} run={run} />
      <Field
        label={t('inspector.trigger.backward')}
        layout="inline"
        help={t('inspector.trigger.backward.hint')}
      >
        {(control) => (
          <input
            type="checkbox"
            {...control}
            className={checkboxClass}
            checked={trigger.allowBackward}
            onChange={(e) => update({ allowBackward: e.target.checked })}
          />
        )}
      </Field>
      <Field label={t('inspector.trigger.executedBy')} help={t('inspector.trigger.executedBy.hint')}>
        {(control) => (
          <select
            {...control}
            className={selectClass}
            value={executeBy}
            onChange={(e) => update({ executeBy: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('inspector.notSet')}</option>
            {unknownEmployee && (
              <option value={executeBy}>{t('inspector.notInReference', { value: executeBy })}</option>
            )}
            {environment.employees.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ConditionAndSettings
        condition={trigger.condition}
        fields={fields}
        emptyText={t('inspector.trigger.noCondition')}

        onConditionChange={(condition) => update({ condition })}
        inline={inline}
        definition={def}
        settings={trigger.settings}
        onChange={(settings) => update({ settings })}
        environment={environment}
        statuses={flow.statuses}
        template={template}
        nodeId={trigger.id}
        apiBaseUrl={apiBaseUrl}
      />
    </div>
  );
}
