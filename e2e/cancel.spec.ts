// Cancel stops a run between cells: what finished stays, the rest is marked cancelled and can run later.
// A new notebook from a bundled dataset starts from the gallery.
import { expect, test } from '@playwright/test';
import { cell, expectStatus, shot } from './support/app';

test('cancel a run of the demo, then run the stale cells', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/#gallery');
  await page.locator('.card-bundled', { hasText: 'Power demand in Tetouan' }).getByRole('button', { name: 'Open' }).click();
  await expectStatus(page, 'power', 'running');
  await page.getByRole('button', { name: /Cancel/ }).click();
  await expectStatus(page, 'daily', 'cancelled');
  await expectStatus(page, 'daily_profile', 'cancelled');
  await expect(page.getByRole('button', { name: /Cancel/ })).toBeDisabled();
  await shot(page, 'cancelled-light-en');
  await page.getByRole('button', { name: /Run stale/ }).click();
  for (const id of ['daily', 'demand_chart', 'daily_profile']) await expectStatus(page, id, 'ok');
  await expect(cell(page, 'daily').locator('.cell-rows')).toHaveText('364 rows');
});

test('a new notebook from a bundled dataset loads, previews and profiles it', async ({ page }) => {
  await page.goto('/#gallery');
  await page.locator('[data-dataset-id="penguins"]').getByRole('button', { name: 'New notebook from this dataset' }).click();
  await expectStatus(page, 'penguins', 'ok');
  await expect(cell(page, 'penguins').locator('.cell-rows')).toHaveText('344 rows');
  await expectStatus(page, 'preview', 'ok');
  await expect(cell(page, 'preview').locator('.cell-rows')).toHaveText('100 rows');
  await expectStatus(page, 'penguins_profile', 'ok');
  await expect(page.getByRole('textbox', { name: 'Notebook title' })).toHaveValue('Palmer penguins');
});
