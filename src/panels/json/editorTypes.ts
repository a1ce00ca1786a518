import type { TextProblem } from './checkFlowText';

/** Text sent into the editor; a new object per push so an equal text is still applied. */
export interface PushedText {
  text: string;
}

/** What the panel can ask of a mounted editor. */
export interface EditorHandle {
  reveal(line: number, column: number): void;
  focus(): void;
}

/** The contract between the JSON panel and its (monaco or plain) editor surface. */
export interface JsonEditorProps {
  pushed: PushedText;
  onChange(text: string): void;
  problems: readonly TextProblem[];
  readOnly: boolean;
  dark: boolean;
  /** The accessible name of the text area. */
  label: string;
  onReady?(handle: EditorHandle): void;
}
