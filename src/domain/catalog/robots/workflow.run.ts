import { z } from 'zod';
import { defineRobot } from '../types';
import { writesNothing, involvesNoOne, noClientMessage, row } from './shared/declarations';

const settingsSchema = z.object({
  workflowId: z.string('Choose the workflow to run').min(1, 'Choose the workflow to run'),
  parameters: z.record(z.string(), z.string('A parameter value is a text')).optional(),
});
export type WorkflowRunSettings = z.infer<typeof settingsSchema>;

/** Run a workflow: starts a business process with rendered parameters. */
export const workflowRun = defineRobot({
  kind: 'robot',
  type: 'workflow.run',
  title: 'Run a workflow',
  group: 'employees',
  description: 'Starts a business process (workflow) for the order, passing it parameters.',
  icon: 'workflow',
  fields: [
    { key: 'workflowId', label: 'Workflow', widget: 'select', required: true, reference: 'workflows' },
    { key: 'parameters', label: 'Parameters', widget: 'keyValue', template: true },
  ],
  settingsSchema,
  defaults: { workflowId: '', parameters: {} },
  summary: (s, { names, t }) =>
    s.workflowId
      ? t.t('catalog.summary.workflow.run', {
          workflow: names.listed('workflows', s.workflowId),
          count: Object.keys(s.parameters ?? {}).length,
        })
      : t.t('catalog.summary.workflow.run.none'),
  emits: [],
  moves: null,
  writes: writesNothing,
  people: involvesNoOne,
  clientMessage: noClientMessage,
  output: (o) => [row('Workflow', o.workflowId, 'workflow'), row('Parameters', o.parameters)],
  outputLabels: { workflowId: 'Workflow', parameters: 'Parameters' },
  effect: (settings, ctx) => {
    const workflowId = settings.workflowId ?? '';
    if (!ctx.env.workflows.some((w) => w.id === workflowId))
      return { ok: false, error: 'Workflow is not found' };
    const parameters = Object.fromEntries(
      Object.entries(settings.parameters ?? {}).map(([name, value]) => [name, ctx.render(value)]),
    );
    return { ok: true, output: { workflowId, parameters } };
  },
});
