import type { Option, ReferenceList, SettingField } from '../../domain/catalog';
import type { Status } from '../../domain/flow';
import type { Environment } from '../../domain/scenario';
import { englishTranslator } from '../../i18n';
import type { Translator } from '../../i18n';
import { semanticsLabel } from '../statuses/options';

/** The choices of one reference list, labelled the way a business user recognises them. */
export function referenceOptions(
  list: ReferenceList,
  env: Environment,
  statuses: readonly Status[],
  translator: Translator = englishTranslator,
): Option[] {
  const { t } = translator;
  switch (list) {
    case 'employees':
      return env.employees.map((e) => ({ value: e.id, label: e.name }));
    case 'mailboxes':
      return env.mailboxes.map((m) => ({ value: m.id, label: `${m.name} <${m.address}>` }));
    case 'numbers':
      return env.numbers.map((n) => ({ value: n.id, label: `${n.name} (${n.number})` }));
    case 'smsProviders':
      return env.smsProviders.map((p) => ({
        value: p.id,
        label: p.configured ? p.name : t('inspector.reference.notConfigured', { name: p.name }),
      }));
    case 'voices':
      return env.voices.map((v) => ({ value: v.id, label: `${v.name}, ${v.language}` }));
    case 'workflows':
    case 'forms':
    case 'openChannels':
    case 'documentTemplates':
      return env[list].map((r) => ({ value: r.id, label: r.name }));
    case 'statuses':
      return statuses.map((s) => ({
        value: s.id,
        label: `${s.name} (${semanticsLabel(s.semantics, translator)})`,
      }));

    case 'customFields':
      return env.customFields.map((c) => ({ value: `order.custom.${c.name}`, label: c.name }));
  }
}

/** A select's choices: the extra `options` (auto, default, responsible…) first, then the reference list. */
export function fieldOptions(
  field: SettingField,
  env: Environment,
  statuses: readonly Status[],
  translator: Translator = englishTranslator,
): Option[] {
  return [
    ...(field.options ?? []),
    ...(field.reference ? referenceOptions(field.reference, env, statuses, translator) : []),
  ];
}
