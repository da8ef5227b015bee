/**
 * Whether the matrix is in its room view: the grid fills the screen, filters and help step
 * aside and every risk shows its title beside its code, large enough for the back row.
 */
import { create } from 'zustand';

interface MatrixViewState {
  room: boolean;
  setRoom(room: boolean): void;
}

export const useMatrixView = create<MatrixViewState>()((set) => ({
  room: false,
  setRoom: (room) => set({ room }),
}));

/** Switches the room view, from the button or the command. */
export function toggleRoomView(): void {
  const s = useMatrixView.getState();
  s.setRoom(!s.room);
}
