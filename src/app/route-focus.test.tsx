import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

const frames = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('route focus and title', () => {
  it('names every view, and one young person only generically', () => {
    expect(pageTitle({ name: 'attention' })).toBe('Aandacht – Uitstroombord');
    expect(pageTitle({ name: 'youthDetail', id: 'x' })).toBe('Jongere – Uitstroombord');
  });

  it('sets the title at once, and moves focus to the heading on a route change only', async () => {
    const { rerender, getByRole } = render(<View route={{ name: 'board' }} />);
    await frames();
    expect(document.title).toBe('Bord – Uitstroombord');
    expect(document.body).toHaveFocus();

    getByRole('link', { name: 'Aandacht' }).focus();
    rerender(<View route={{ name: 'attention' }} />);
    await frames();
    expect(document.title).toBe('Aandacht – Uitstroombord');
    expect(getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('leaves the focus where the view put it', async () => {
    const { rerender, getByRole } = render(<View route={{ name: 'board' }} />);
    rerender(<View route={{ name: 'data' }} />);
    getByRole('textbox', { name: 'veld' }).focus();
    await frames();
    expect(getByRole('textbox', { name: 'veld' })).toHaveFocus();
  });
});
