import {
  FLOW_FORMAT,
  FLOW_VERSION,
  flowSchema,
  robotSchema,
  statusSchema,
  triggerSchema,
} from '../domain/flow';
import { SCENARIO_FORMAT, SCENARIO_VERSION, scenarioSchema } from '../domain/scenario';
import { TIMELINE_FORMAT, TIMELINE_VERSION, timelineSchema } from '../domain/timeline';
import type { DocumentKind } from './load';

/** The three document kinds the loader and the CLI know. */
export const FLOW_KIND: DocumentKind<typeof flowSchema> = {
  format: FLOW_FORMAT,
  version: FLOW_VERSION,
  noun: 'flow',
  schema: flowSchema,
  itemKeys: {
    statuses: Object.keys(statusSchema.shape),
    robots: Object.keys(robotSchema.shape),
    triggers: Object.keys(triggerSchema.shape),
  },
};

export const SCENARIO_KIND: DocumentKind<typeof scenarioSchema> = {
  format: SCENARIO_FORMAT,
  version: SCENARIO_VERSION,
  noun: 'scenario',
  schema: scenarioSchema,
};

export const TIMELINE_KIND: DocumentKind<typeof timelineSchema> = {
  format: TIMELINE_FORMAT,
  version: TIMELINE_VERSION,
  noun: 'timeline',
  schema: timelineSchema,
};
