import { create } from 'zustand';

/** "Alleen met signalen" on the board: UI state, like the other board filters. */
export const useSignalFilter = create<{
  onlyWithSignals: boolean;
  setOnlyWithSignals: (value: boolean) => void;
}>((set) => ({
  onlyWithSignals: false,
  setOnlyWithSignals: (onlyWithSignals) => set({ onlyWithSignals }),
}));
