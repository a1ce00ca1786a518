import { catalogFieldLabel } from '../../../i18n/catalogFields';
import type { ReferenceList, SettingField } from '../../catalog';
import { describeNode, isVisible, lintNodes } from '../nodes';
import { problem, triggerPath } from '../problem';
import type { LintProblem, LintRule } from '../types';

/** Reference lists whose entries are `{id, …}` records of the environment (statuses and custom fields are linted elsewhere). */
const ID_LISTS = {
  employees: 'employee',
  mailboxes: 'mailbox',
  numbers: 'origination number',
  smsProviders: 'SMS provider',
  workflows: 'workflow',
  forms: 'CRM form',
  openChannels: 'open channel',
  documentTemplates: 'document template',
  voices: 'voice',
} as const satisfies Partial<Record<ReferenceList, string>>;

const isIdList = (list: ReferenceList | undefined): list is keyof typeof ID_LISTS =>
  list !== undefined && list in ID_LISTS;

/** OF601: ids of reference data (mailboxes, numbers, providers, employees, …) that this installation does not have. */
export const referencesRule: LintRule = {
  name: 'references',
  codes: ['OF601'],
  check(ctx) {
    const out: LintProblem[] = [];
    const known = (list: keyof typeof ID_LISTS) => new Set<string>(ctx.env[list].map((entry) => entry.id));
    // One set per catalog field, not per robot: a large flow repeats the same fields thousands of times.
    const allowedByField = new Map<SettingField, Set<string>>();
    const allowedFor = (field: SettingField, list: keyof typeof ID_LISTS) => {
      let allowed = allowedByField.get(field);
      if (!allowed) {
        allowed = new Set([...known(list), ...(field.options ?? []).map((o) => o.value)]);
        allowedByField.set(field, allowed);
      }
      return allowed;
    };
    for (const n of lintNodes(ctx)) {
      for (const field of n.def.fields) {
        if (!isIdList(field.reference) || !isVisible(field, n.node.settings)) continue;
        const value = n.node.settings[field.key];
        const values = Array.isArray(value) ? value : [value];
        // Fixed choices such as "auto", "default" or "responsible" are not ids.
        const allowed = allowedFor(field, field.reference);
        values.forEach((v, i) => {
          if (typeof v !== 'string' || v === '' || allowed.has(v)) return;
          const at = [...n.path, 'settings', field.key, ...(Array.isArray(value) ? [i] : [])];
          out.push(
            problem(
              'OF601',
              at,
              ctx.t('lint.msg.OF601.setting', {
                node: describeNode(n, ctx),
                kind: field.reference as string,
                field: catalogFieldLabel(ctx.translator, n.kind, n.node.type, field),
              }),
            ),
          );
        });
      }
    }
    const employees = known('employees');
    for (const trigger of ctx.flow.triggers) {
      if (trigger.executeBy && !employees.has(trigger.executeBy)) {
        out.push(
          problem(
            'OF601',
            [...triggerPath(ctx, trigger), 'executeBy'],
            ctx.t('lint.msg.OF601.executeBy', { trigger: ctx.names.trigger(trigger.id) }),
          ),
        );
      }
    }
    return out;
  },
};
