import { createContext, useContext } from 'react';

/**
 * What the board asks of the app around it: the lane's "+ Add robot" button opens the app's catalog
 * picker. A context, so the canvas does not import the app's panels (arrows point down).
 */
export interface BoardActions {
  openAddPicker(statusId: string, anchor: HTMLElement): void;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export const useBoardActions = (): BoardActions | null => useContext(BoardActionsContext);
