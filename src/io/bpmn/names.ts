/** The names the export shares with the job workers and integrations that run it (README: the contract). */

/** One escalation per status, so that only that status's boundary event catches it. */
export const escalationCode = (statusId: string): string => `orderflow.leave.${statusId}`;
export const SET_STATUS_MESSAGE = 'orderflow.setStatus';
export const RUN_TIME_TASK = 'orderflow.runTime';
export const triggerMessage = (type: string): string => `orderflow.${type}`;
export const robotTaskType = (type: string): string => `orderflow.${type}`;
/** The variable a "compute run time" task writes for a robot's timer (unique per robot). */
export const runAtVariable = (robotId: string): string => `runAt_${robotId.replace(/[^A-Za-z0-9_]/g, '_')}`;
