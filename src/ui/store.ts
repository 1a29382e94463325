import { create } from 'zustand';
import type { ReactNode } from 'react';
import { EMPTY_FILTER, type BoardFilter, type SortDirection, type SortKey } from '@/domain/board';

// UI state only: what is selected, filtered, open. Saved data lives in IndexedDB.

export type Toast = {
  id: number;
  message: ReactNode;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  /**
   * A question the toast asks about the change it reports, answered by a
   * button or by one key (`key`, lower case) while the toast shows.
   */
  question?: { label: string; run: () => void; key: string };
};

type BoardSlice = {
  filter: BoardFilter;
  sortKey: SortKey;
  sortDirection: SortDirection;
  groupByMunicipality: boolean;
  /** The focused cell, by youth and condition id, so it survives sorting and filtering. */
  focus: { youthId: string; conditionId: string } | null;
};

type ToastSlice = { toasts: Toast[] };

export type UiState = BoardSlice &
  ToastSlice & {
    setFilter: (patch: Partial<BoardFilter>) => void;
    resetFilter: () => void;
    setSort: (key: SortKey, direction?: SortDirection) => void;
    setGroupByMunicipality: (on: boolean) => void;
    setFocus: (focus: BoardSlice['focus']) => void;
    showToast: (toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }) => number;
    dismissToast: (id: number) => void;
  };

let nextToastId = 1;

export const useUiStore = create<UiState>()((set, get) => ({
  filter: EMPTY_FILTER,
  sortKey: 'initials',
  sortDirection: 'asc',
  groupByMunicipality: false,
  focus: null,
  toasts: [],
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  resetFilter: () => set({ filter: EMPTY_FILTER }),
  setSort: (key, direction) =>
    set((state) => ({
      sortKey: key,
      sortDirection:
        direction ?? (state.sortKey === key && state.sortDirection === 'asc' ? 'desc' : 'asc'),
    })),
  setGroupByMunicipality: (on) => set({ groupByMunicipality: on }),
  setFocus: (focus) => set({ focus }),
  showToast: (toast) => {
    const id = nextToastId++;
    // One toast at a time keeps undo unambiguous: the newest change is what it undoes.
    set({ toasts: [{ tone: 'info', ...toast, id }] });
    return id;
  },
  dismissToast: (id) =>
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));
