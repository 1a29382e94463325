import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UitstroombordDatabase } from '@/db/database';
import { addYouth, countYouths } from '@/db/youth-repository';
import { t } from '@/i18n/dictionary';
import { tb } from '@/i18n/backup';
import { makeYouthFields } from '@/testing/factories';
import { freshDatabase } from '@/testing/test-database';
import { Toaster } from '@/ui/toaster';
import { DemoSection } from './demo-section';

let database: UitstroombordDatabase;
beforeEach(async () => {
  database = await freshDatabase();
});
afterEach(() => {
  vi.restoreAllMocks();
  database.close();
});

function renderSection() {
  return render(
    <>
      <DemoSection />
      <Toaster />
    </>,
  );
}

describe('Gegevens: Demobord laden', () => {
  it('over real data says what it replaces, offers a backup first, and replaces on confirmation', async () => {
    const user = userEvent.setup();
    const real = await addYouth(makeYouthFields({ initials: 'K.L.' }));
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderSection();

    await user.click(screen.getByRole('button', { name: t.board.loadDemo }));
    const dialog = await screen.findByRole('dialog', { name: t.board.demoConfirmTitle });
    expect(await within(dialog).findByText(tb.demo.replaceText(1))).toBeVisible();
    expect(within(dialog).getByText(tb.demo.backupFirst)).toBeVisible();
    // Cancel has the focus: Enter straight away changes nothing.
    expect(within(dialog).getByRole('button', { name: t.actions.cancel })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: tb.demo.backupButton }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());

    await user.click(within(dialog).getByRole('button', { name: t.board.demoConfirmReplace }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await database.youths.get(real.id)).toBeUndefined();
    expect(await countYouths()).toBeGreaterThan(1);
    expect(await screen.findByText(/^Demobord geladen: /)).toBeVisible();
  });

  it('on an empty board says it replaces nothing, and cancel changes nothing', async () => {
    const user = userEvent.setup();
    renderSection();
    await user.click(screen.getByRole('button', { name: t.board.loadDemo }));
    const dialog = await screen.findByRole('dialog', { name: t.board.demoConfirmTitle });
    expect(await within(dialog).findByText(tb.demo.emptyText)).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: tb.demo.backupButton })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: t.actions.cancel }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await countYouths()).toBe(0);
  });
});
