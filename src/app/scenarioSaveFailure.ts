import type { ApiError } from '../io/api';

/**
 * Why the scenarios did not reach the server, for the person who edited them: what failed, in
 * words, and that they are safe in this browser. Undefined for a flow the server does not have
 * (404): a design never saved there keeps its scenarios in the browser, which is not a failure.
 */
export function scenarioSaveFailure(error: ApiError): string | undefined {
  const what = (() => {
    switch (error.kind) {
      case 'network':
        return 'the server could not be reached';
      case 'timeout':
        return 'the server did not answer in time';
      case 'invalid-response':
        return 'the server sent an answer this version does not understand';
      case 'conflict':
        return 'someone changed them on the server at the same time';
      case 'http':
        if (error.status === 404) return undefined;
        if (error.status === 401 || error.status === 403)
          return 'you are not allowed to change the scenarios of this flow';
        if (error.status === 409) return 'someone changed them on the server at the same time';
        if (error.status === 400) return 'the server refused one of them as invalid';
        if (error.status >= 500) return `the server had a problem (error ${error.status})`;
        return `the server refused them (error ${error.status})`;
    }
  })();
  return what && `Scenarios not saved to the server: ${what}. They are kept in this browser.`;
}
