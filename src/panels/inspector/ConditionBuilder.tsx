import { useId } from 'react';
import type { Condition, ConditionLeaf, ConditionOp } from '../../domain/condition';
import { isLeaf, leafGap } from '../../domain/condition';
import type { FieldInfo } from '../../domain/fields';
import { useTranslator } from '../../i18n/react';
import { buttonClass, labelClass, linkButtonClass, selectClass } from '../../ui/formStyles';
import { changeField, changeOp, newLeaf, opLabel, opsFor, withValue } from './conditionOps';
import { ConditionValueInput } from './ConditionValueInput';

export interface ConditionBuilderProps {
  value: Condition | undefined;
  /** Undefined removes the condition (the robot or trigger then always applies). */
  onChange: (condition: Condition | undefined) => void;
  /** The fields a leaf may use: the order fields, or the shipment fields of a shipment condition. */
  fields: readonly FieldInfo[];
  label?: string;
  /** What "no condition" means here, e.g. "The robot always runs." */
  emptyText?: string;
  help?: string | undefined;
  /** Inline messages about the whole condition (a settings form passes its validation here). */
  messages?: readonly string[];
}

interface NodeProps {
  node: Condition;
  /** "1", "1.2", …: numbers every node so controls have distinct accessible names. */
  path: string;
  fields: readonly FieldInfo[];
  onChange: (node: Condition) => void;
  onRemove: () => void;
}

const groupBox = 'space-y-2 rounded-md border border-border p-2';

function FieldSelect({
  leaf,
  fields,
  path,
  describedBy,
  onChange,
}: { leaf: ConditionLeaf; describedBy: string | undefined } & Omit<NodeProps, 'node' | 'onRemove'>) {
  const { t } = useTranslator();
  const groups = [...new Set(fields.map((f) => f.group))];
  const chosen = leaf.field !== '';
  const known = fields.some((f) => f.path === leaf.field);
  return (
    <select
      aria-label={t('inspector.condition.field', { path })}
      aria-invalid={!chosen || undefined}
      aria-describedby={describedBy}
      className={selectClass}
      value={leaf.field}
      onChange={(e) => {
        const field = fields.find((f) => f.path === e.target.value);
        if (field) onChange(changeField(leaf, field));
      }}
    >
      {!chosen && (
        <option value="" disabled>
          {t('inspector.condition.chooseField')}
        </option>
      )}
      {chosen && !known && (
        <option value={leaf.field}>{t('inspector.condition.unknownField', { field: leaf.field })}</option>
      )}
      {groups.map((g) => (
        <optgroup key={g} label={t(`inspector.condition.fieldGroup.${g}`)}>
          {fields
            .filter((f) => f.group === g)
            .map((f) => (
              <option key={f.path} value={f.path}>
                {f.label}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The inline flag of a half-filled row; lint reports the same row as OF504. */
const GAP_TEXT = {
  field: 'inspector.condition.needsField',
  value: 'inspector.condition.needsValue',
} as const;

/** The Negate and Remove actions a condition leaf and a group both offer. */
function NegateRemove({
  what,
  path,
  onNegate,
  onRemove,
}: {
  what: 'condition' | 'group';
  path: string;
  onNegate: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslator();
  return (
    <>
      <button
        type="button"
        className={linkButtonClass}
        aria-label={t(
          what === 'condition' ? 'inspector.condition.negateLeaf' : 'inspector.condition.negateGroup',
          {
            path,
          },
        )}
        onClick={onNegate}
      >
        {t('inspector.condition.negate')}
      </button>
      <button
        type="button"
        className={linkButtonClass}
        aria-label={t(
          what === 'condition' ? 'inspector.condition.removeLeaf' : 'inspector.condition.removeGroup',
          {
            path,
          },
        )}
        onClick={onRemove}
      >
        {t('inspector.condition.remove')}
      </button>
    </>
  );
}

function LeafRow({ node, path, fields, onChange, onRemove }: NodeProps & { node: ConditionLeaf }) {
  const translator = useTranslator();
  const { t } = translator;
  const field = fields.find((f) => f.path === node.field);
  const ops = opsFor(field);
  const gap = leafGap(node);
  const gapId = `condition-${useId()}-gap`;
  return (
    <div role="group" aria-label={t('inspector.condition.leaf', { path })} className="space-y-1">
      <FieldSelect
        leaf={node}
        fields={fields}
        path={path}
        describedBy={gap === 'field' ? gapId : undefined}
        onChange={onChange}
      />
      {/* Operator, then the value on its own line: side by side they overflow a 24rem inspector. */}
      {gap !== 'field' && (
        <div className="flex min-w-0 flex-wrap items-center gap-1.5">
          <select
            aria-label={t('inspector.condition.operator', { path })}
            className={`${selectClass} w-full`}
            value={node.op}
            onChange={(e) => onChange(changeOp(node, field, e.target.value as ConditionOp))}
          >
            {!ops.includes(node.op) && (
              <option value={node.op}>
                {t('inspector.condition.opDoesNotFit', { op: opLabel(node.op, field?.type, translator) })}
              </option>
            )}
            {ops.map((op) => (
              <option key={op} value={op}>
                {opLabel(op, field?.type, translator)}
              </option>
            ))}
          </select>
          <div className="min-w-0 basis-full">
            <ConditionValueInput
              leaf={node}
              field={field}
              label={t('inspector.condition.value', { path })}
              describedBy={gap === 'value' ? gapId : undefined}
              onChange={(v) => onChange(withValue(node, v))}
            />
          </div>
        </div>
      )}
      {gap && (
        <p id={gapId} className="text-[11px] font-medium leading-4 text-danger">
          {t(GAP_TEXT[gap])}
        </p>
      )}
      <div className="flex gap-1">
        <NegateRemove
          what="condition"
          path={path}
          onNegate={() => onChange({ not: node })}
          onRemove={onRemove}
        />
      </div>
    </div>
  );
}

function GroupBox({
  node,
  path,
  fields,
  onChange,
  onRemove,
}: NodeProps & { node: { all: Condition[] } | { any: Condition[] } }) {
  const mode = 'all' in node ? 'all' : 'any';
  const children = 'all' in node ? node.all : node.any;
  const set = (list: Condition[]) => onChange(mode === 'all' ? { all: list } : { any: list });
  const first = fields[0];
  const { t } = useTranslator();
  return (
    <div role="group" aria-label={t('inspector.condition.group', { path })} className={groupBox}>
      <select
        aria-label={t('inspector.condition.groupMatches', { path })}
        className={`${selectClass} w-auto`}
        value={mode}
        onChange={(e) => onChange(e.target.value === 'all' ? { all: children } : { any: children })}
      >
        <option value="all">{t('inspector.condition.all')}</option>
        <option value="any">{t('inspector.condition.any')}</option>
      </select>
      {children.length === 0 && (
        <p className="text-xs italic text-fg-muted">
          {t(mode === 'all' ? 'inspector.condition.emptyAll' : 'inspector.condition.emptyAny')}
        </p>
      )}
      <div className="space-y-2 border-l-2 border-border pl-2">
        {children.map((child, i) => (
          <ConditionNode
            key={i}
            node={child}
            path={`${path}.${i + 1}`}
            fields={fields}
            onChange={(c) => set(children.map((old, j) => (j === i ? c : old)))}
            onRemove={() => set(children.filter((_, j) => j !== i))}
          />
        ))}
      </div>
      <div className="flex flex-wrap gap-1">
        {first && (
          <button
            type="button"
            className={buttonClass}
            aria-label={t('inspector.condition.addToGroup', { path })}
            onClick={() => set([...children, newLeaf()])}
          >
            {t('inspector.condition.plusCondition')}
          </button>
        )}
        {first && (
          <button
            type="button"
            className={buttonClass}
            aria-label={t('inspector.condition.addGroupToGroup', { path })}
            onClick={() => set([...children, { any: [newLeaf()] }])}
          >
            {t('inspector.condition.plusGroup')}
          </button>
        )}
        <NegateRemove what="group" path={path} onNegate={() => onChange({ not: node })} onRemove={onRemove} />
      </div>
    </div>
  );
}

function NotBox({ node, path, fields, onChange, onRemove }: NodeProps & { node: { not: Condition } }) {
  const { t } = useTranslator();
  return (
    <div
      role="group"
      aria-label={t('inspector.condition.not', { path })}
      className={`${groupBox} border-dashed`}
    >
      <div className="flex items-center justify-between">
        <span className="text-xs font-semibold uppercase text-danger">
          {t('inspector.condition.notBadge')}
        </span>
        <span className="flex gap-1">
          <button
            type="button"
            className={linkButtonClass}
            aria-label={t('inspector.condition.removeNegation', { path })}
            onClick={() => onChange(node.not)}
          >
            {t('inspector.condition.unnegate')}
          </button>
          <button
            type="button"
            className={linkButtonClass}
            aria-label={t('inspector.condition.removeNode', { path })}
            onClick={onRemove}
          >
            {t('inspector.condition.remove')}
          </button>
        </span>
      </div>
      <ConditionNode
        node={node.not}
        path={`${path}.1`}
        fields={fields}
        onChange={(c) => onChange({ not: c })}
        onRemove={onRemove}
      />
    </div>
  );
}

function ConditionNode(props: NodeProps) {
  const { node } = props;
  if (isLeaf(node)) return <LeafRow {...props} node={node} />;
  if ('not' in node) return <NotBox {...props} node={node} />;
  return <GroupBox {...props} node={node} />;
}

/**
 * A condition as nested groups: all / any groups, negation, and leaves whose operators and value
 * boxes fit the chosen field's type (docs/semantics.md §4 rule 9).
 */
export function ConditionBuilder({
  value,
  onChange,
  fields,
  label,
  emptyText,
  help,
  messages = [],
}: ConditionBuilderProps) {
  const id = useId();
  const { t } = useTranslator();
  const first = fields[0];
  const describedBy = [help ? `${id}-help` : '', messages.length ? `${id}-messages` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={describedBy || undefined}
      aria-invalid={messages.length > 0 || undefined}
    >
      <legend className={labelClass}>{label ?? t('inspector.condition.label')}</legend>
      {help && (
        <p id={`${id}-help`} className="text-[11px] leading-4 text-fg-muted">
          {help}
        </p>
      )}
      {value ? (
        <ConditionNode
          node={value}
          path="1"
          fields={fields}
          onChange={onChange}
          onRemove={() => onChange(undefined)}
        />
      ) : (
        <p className="text-xs text-fg-muted">{emptyText ?? t('inspector.condition.empty')}</p>
      )}
      {first && (!value || isLeaf(value) || 'not' in value) && (
        <button
          type="button"
          className={buttonClass}
          // A second leaf next to a single one needs a group to live in: "all" is the natural reading.
          onClick={() => onChange(value ? { all: [value, newLeaf()] } : newLeaf())}
        >
          {t('inspector.condition.add')}
        </button>
      )}
      {messages.length > 0 && (
        <ul id={`${id}-messages`} className="space-y-0.5 text-[11px] leading-4 text-danger">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
