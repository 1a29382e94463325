import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/i18n/dictionary';
import { UpdatePrompt } from './update-prompt';

type Listener = () => void;
const workbox = vi.hoisted(() => ({
  listeners: new Map<string, Listener[]>(),
  register: vi.fn(async () => undefined),
  messageSkipWaiting: vi.fn(),
}));

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: Listener) {
      workbox.listeners.set(type, [...(workbox.listeners.get(type) ?? []), listener]);
    }
    register = workbox.register;
    messageSkipWaiting = workbox.messageSkipWaiting;
  },
}));

function emit(type: string) {
  for (const listener of workbox.listeners.get(type) ?? []) listener();
}

afterEach(() => {
  vi.unstubAllEnvs();
  workbox.listeners.clear();
  workbox.messageSkipWaiting.mockClear();
  workbox.register.mockClear();
});

describe('update prompt', () => {
  it('asks before updating and reloads only after the user agrees', async () => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    await vi.waitFor(() => expect(workbox.register).toHaveBeenCalled());
    expect(screen.queryByText(t.backup.app.updateAvailable)).toBeNull();

    emit('waiting');
    expect(await screen.findByText(t.backup.app.updateAvailable)).toBeInTheDocument();
    expect(screen.getByText(t.backup.app.updateExplain)).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: t.backup.app.updateNow }));
    expect(workbox.messageSkipWaiting).toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
    emit('controlling');
    expect(reload).toHaveBeenCalled();
  });

  it('can wait until later (during a meeting)', async () => {
    vi.stubEnv('PROD', true);
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const user = userEvent.setup();
    render(<UpdatePrompt />);
    await vi.waitFor(() => expect(workbox.listeners.get('waiting')).toBeDefined());
    emit('waiting');
    await user.click(await screen.findByRole('button', { name: t.backup.app.updateLater }));
    expect(screen.queryByText(t.backup.app.updateAvailable)).toBeNull();
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });
});
