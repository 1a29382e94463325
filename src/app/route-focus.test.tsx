import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Route } from '@/ui/router';
import { pageTitle, useRouteFocusAndTitle } from './route-focus';

function View({ route }: { route: Route }) {
  useRouteFocusAndTitle(route);
  return (
    <>
      <header>
        <nav>
          <a href="#/aandacht">Aandacht</a>
        </nav>
      </header>
      <main>
        <h1>{route.name}</h1>
        <input aria-label="veld" />
      </main>
    </>
  );
}

// The heading is looked for frame by frame for up to two seconds: let all of them pass.
const allFrames = () => act(() => vi.advanceTimersByTime(2_500));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
});
afterEach(() => vi.useRealTimers());

describe('route focus and title', () => {
  it('names every view, and one young person only generically', () => {
    expect(pageTitle({ name: 'attention' })).toBe('Aandacht – Uitstroombord');
    expect(pageTitle({ name: 'youthDetail', id: 'x' })).toBe('Jongere – Uitstroombord');
  });

  it('sets the title at once, and moves focus to the heading on a route change only', () => {
    const { rerender, getByRole } = render(<View route={{ name: 'board' }} />);
    expect(document.title).toBe('Bord – Uitstroombord');
    allFrames();
    expect(document.body).toHaveFocus();

    getByRole('link', { name: 'Aandacht' }).focus();
    rerender(<View route={{ name: 'attention' }} />);
    expect(document.title).toBe('Aandacht – Uitstroombord');
    act(() => vi.advanceTimersToNextFrame());
    expect(getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('leaves the focus where the view put it', () => {
    const { rerender, getByRole } = render(<View route={{ name: 'board' }} />);
    rerender(<View route={{ name: 'data' }} />);
    getByRole('textbox', { name: 'veld' }).focus();
    allFrames();
    expect(getByRole('textbox', { name: 'veld' })).toHaveFocus();
  });
});
