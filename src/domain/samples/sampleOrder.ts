import { DEFAULT_ENVIRONMENT } from '../reference/defaultEnvironment';
import { renderTemplate } from '../templates';
import { SAMPLE_SCENARIOS } from './scenarios';

/*
 * "The sample order": the first sample scenario's order and contact, with the values a run adds to
 * it by the time messages go out (an order number, a tracking number), so a text measured with it
 * is as long as a real one. Used to count SMS parts in lint and in the inspector.
 */

const sample = SAMPLE_SCENARIOS[0]!.scenario;
const order: Record<string, unknown> = {
  accountNumber: 'ORD-2025-00001',
  trackingNumber: '1Z999AA10123456784',
  ...sample.order,
};

function read(path: string): unknown {
  const [head, ...rest] = path.split('.');
  const root: unknown =
    head === 'order'
      ? order
      : head === 'contact'
        ? sample.contact
        : head === 'company'
          ? sample.company
          : head === 'responsible'
            ? DEFAULT_ENVIRONMENT.employees.find((e) => e.id === order.responsibleId)
            : undefined; // robots.ID.KEY: outputs of a run, unknown before it
  let value = root;
  for (const key of rest)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** A template rendered with the sample order's values (docs/semantics.md §4 rule 10; unknown values render empty). */
export const renderWithSampleOrder = (text: string): string => renderTemplate(text, read);
