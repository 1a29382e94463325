import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from './store';
import { Toaster } from './toaster';

describe('Toaster', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useUiStore.setState({ toasts: [] });
  });
  afterEach(() => vi.useRealTimers());

  const show = (withUndo: boolean) =>
    act(() => {
      useUiStore.getState().showToast({
        message: 'Wonen: rood',
        ...(withUndo ? { action: { label: 'Ongedaan maken', run: () => undefined } } : {}),
      });
    });

  it('keeps a toast with an undo at least 15 seconds, a plain one 8', () => {
    render(<Toaster />);
    show(true);
    act(() => vi.advanceTimersByTime(14_000));
    expect(screen.getByText('Wonen: rood')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_500));
    expect(screen.queryByText('Wonen: rood')).not.toBeInTheDocument();
    show(false);
    act(() => vi.advanceTimersByTime(8_100));
    expect(screen.queryByText('Wonen: rood')).not.toBeInTheDocument();
  });

  it('pauses while hovered or focused and gives back the time that was left', () => {
    render(<Toaster />);
    show(true);
    act(() => vi.advanceTimersByTime(10_000));
    const toast = screen.getByText('Wonen: rood').closest('[data-toast]')!;
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Wonen: rood')).toBeInTheDocument();
    fireEvent.mouseLeave(toast);
    act(() => vi.advanceTimersByTime(4_000));
    expect(screen.getByText('Wonen: rood')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_500));
    expect(screen.queryByText('Wonen: rood')).not.toBeInTheDocument();
  });

  it('Alt+M moves the keyboard to the newest toast, which then stays', () => {
    render(
      <>
        <button type="button">cel</button>
        <Toaster />
      </>,
    );
    screen.getByRole('button', { name: 'cel' }).focus();
    show(true);
    fireEvent.keyDown(window, { key: 'm', altKey: true });
    expect(screen.getByRole('button', { name: 'Ongedaan maken' })).toHaveFocus();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Wonen: rood')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(screen.getByRole('button', { name: 'cel' })).toHaveFocus();
  });
});
