/// <reference lib="webworker" />
/*
 * The engine in a Web Worker: the page stays responsive however long a run or a batch takes, and
 * a job can be cancelled (the handler checks for cancels between time slices).
 */
import { createRequestHandler } from './handler';
import type { SimulationRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createRequestHandler((response) => scope.postMessage(response));
scope.onmessage = (event: MessageEvent<SimulationRequest>) => handle(event.data);
