import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { t } from '@/i18n/dictionary';
import { lazyPart } from './lazy-part';

describe('lazyPart', () => {
  it('shows the part once its code is loaded', async () => {
    const Part = lazyPart(async () => () => <p>Geladen</p>);
    render(<Part />);
    expect(await screen.findByText('Geladen')).toBeInTheDocument();
  });

  it('says in Dutch that a part could not be loaded, instead of blanking the app', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Part = lazyPart(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    render(<Part />);
    expect(await screen.findByRole('alert')).toHaveTextContent(t.app.failed.partNotLoaded);
  });
});
