export { ProblemsPanel, type ProblemsPanelProps } from './ProblemsPanel';
export { locateProblem, parseJsonPath, type ProblemLocation } from './locate';
