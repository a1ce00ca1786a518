import type { AnyTriggerDefinition } from '../types';
import type { TriggerType } from '../../types';
import { paymentReceived } from './payment.received';

/** Every trigger type's declaration, keyed by its literal: a missing type is a compile error. */
export const TRIGGER_DEFINITIONS: { [T in TriggerType]: AnyTriggerDefinition } = {
  'payment.received': paymentReceived,
};
