import { createContext, useContext } from 'react';

/**
 * Which JSON editor the designer shows: monaco, or the plain text box with the same behaviour. The
 * entry point decides (monaco); a host without the browser APIs monaco needs, such as the component
 * tests' jsdom, asks for the plain one instead of the app guessing where it runs.
 */
export type JsonEditorKind = 'monaco' | 'plain';

const JsonEditorKindContext = createContext<JsonEditorKind>('monaco');

export const JsonEditorKindProvider = JsonEditorKindContext.Provider;

export const useJsonEditorKind = (): JsonEditorKind => useContext(JsonEditorKindContext);
