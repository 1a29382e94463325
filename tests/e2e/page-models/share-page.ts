import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
// The same WebCrypto code the app decrypts with (Node has globalThis.crypto.subtle).
import { decryptShare } from '../../../src/domain/share-crypto';

export type ExportedShare = { envelope: string; passphrase: string; plain: string };

/** "Deelbestand voor een gemeente" on Gegevens, driven by keyboard as a coordinator would. */
export class SharePageModel {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'Gegevens', exact: true }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Deelbestand voor een gemeente' }),
    ).toBeVisible();
  }

  municipality() {
    return this.page.getByLabel('Gemeente', { exact: true });
  }

  /** Picks a municipality by typing its name into the focused list. */
  async chooseMunicipality(name: string) {
    const select = this.municipality();
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    await select.focus();
    await this.page.keyboard.type(name);
    await expect(select).toHaveValue(name);
  }

  async setReasonAndAction(on: boolean) {
    const box = this.page.getByRole('checkbox', { name: 'Reden en actie delen' });
    if ((await box.isChecked()) !== on) await box.press('Space');
    await expect(box).toBeChecked({ checked: on });
  }

  /** Makes the file with the proposed passphrase, and reads and decrypts the download. */
  async exportWithProposal(): Promise<ExportedShare> {
    const passphrase = await this.page
      .getByRole('textbox', { name: 'Voorgesteld wachtwoord' })
      .inputValue();
    expect(passphrase.split('-')).toHaveLength(5);
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Deelbestand maken' }).press('Enter');
    const file = await download;
    const envelope = await readFile((await file.path())!, 'utf8');
    await expect(this.page.getByRole('status').filter({ hasText: 'gemaakt met' })).toContainText(
      passphrase,
    );
    return { envelope, passphrase, plain: await decryptShare(JSON.parse(envelope), passphrase) };
  }
}
