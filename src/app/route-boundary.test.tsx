import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RootBoundary, RouteBoundary } from './route-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new RangeError('Invalid time value');
  return <p>De pagina werkt weer</p>;
}

function Harness() {
  const [route, setRoute] = useState('board');
  return (
    <>
      <button type="button" onClick={() => setRoute('left')}>
        Andere pagina
      </button>
      <RouteBoundary routeKey={route}>
        <Fragile />
      </RouteBoundary>
    </>
  );
}

describe('RouteBoundary', () => {
  it('says in Dutch what happened, offers a retry and Gegevens, and resets on another route', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    broken = true;
    render(<Harness />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Deze pagina kan niet worden getoond');
    expect(alert).toHaveTextContent('Je gegevens zijn niet gewijzigd');
    expect(screen.getByRole('link', { name: 'Naar Gegevens' })).toHaveAttribute(
      'href',
      '#/gegevens',
    );

    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Andere pagina' }));
    expect(screen.getByText('De pagina werkt weer')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    broken = true;
    error.mockRestore();
  });

  it('"Opnieuw proberen" shows the view again once it can render', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    broken = true;
    render(<Harness />);
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(screen.getByText('De pagina werkt weer')).toBeInTheDocument();
    error.mockRestore();
  });
});

describe('RootBoundary', () => {
  it('says that nothing is lost and offers a reload when even the shell fails', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <RootBoundary>
        <Fragile />
      </RootBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Er is niets verloren');
    expect(screen.getByRole('button', { name: 'Pagina herladen' })).toBeVisible();
    error.mockRestore();
  });
});
