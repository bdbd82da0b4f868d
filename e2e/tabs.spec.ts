// Two tabs on one notebook: the other tab's save is announced, and a stale tab's save is refused
// with "another tab saved this notebook" and the choice of Reload or Save as copy.
import { expect, test } from '@playwright/test';
import { shot, waitSaved } from './support/app';

test('a second tab saving first: notice, conflict dialog, save as copy keeps both', async ({ page, context }) => {
  await page.goto('/#gallery');
  await page.getByRole('button', { name: /New empty notebook/ }).click();
  await expect(page).toHaveURL(/#open=nb-/);
  await waitSaved(page);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await other.getByRole('textbox', { name: 'Notebook title' }).fill('Edited in the other tab');
  await other.getByRole('textbox', { name: 'Notebook title' }).press('Enter');
  await waitSaved(other);

  await expect(page.getByText('Another tab saved this notebook.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Notebook title' }).fill('Edited here');
  await page.getByRole('textbox', { name: 'Notebook title' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Another tab saved this notebook' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'conflict');
  await shot(page, 'conflict-light-en');
  await dialog.getByRole('button', { name: 'Save as copy' }).click();
  await waitSaved(page);
  expect(page.url()).not.toBe(url);

  await page.getByRole('button', { name: /Bitácora/ }).click();
  await expect(page.locator('.card-title', { hasText: 'Edited here' })).toBeVisible();
  await expect(page.locator('.card-title', { hasText: 'Edited in the other tab' })).toBeVisible();
});
