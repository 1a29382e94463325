import { afterEach } from 'vitest';
import { useSignalFilter } from '@/features/board/signal-filter';
import { useUiStore } from '@/ui/store';

// Screen tests share one module registry per worker (`isolate: false` in vite.config.ts), so
// UI state a test leaves behind (a toast, a filter) is put back after every test, as a fresh
// page would start.
afterEach(() => {
  useUiStore.setState(useUiStore.getInitialState(), true);
  useSignalFilter.setState(useSignalFilter.getInitialState(), true);
});
