// The analyst's own data: pick a CSV with the file chooser, query it with SQL, see exact counts;
// reload and find notebook, outputs and the file still there; bad files change nothing.
import { expect, test, type Page } from '@playwright/test';
import { addCell, BY_CITY_SQL, cell, CITIES_CSV, expectStatus, forbidDialogs, gridHeader, gridRows, importWithChooser, setSql, shot, waitSaved, writeFixture } from './support/app';

async function newEmptyNotebook(page: Page): Promise<void> {
  await page.goto('/#gallery');
  await page.getByRole('button', { name: /New empty notebook/ }).click();
  await expect(page.locator('.nb-page')).toBeVisible();
}

async function citiesNotebook(page: Page, csvPath: string): Promise<void> {
  await newEmptyNotebook(page);
  await shot(page, 'empty-notebook-light-en');
  await importWithChooser(page, csvPath);
  await expectStatus(page, 'cities', 'ok');
  await expect(cell(page, 'cities').locator('.cell-rows')).toHaveText('6 rows');
  await addCell(page, 'SQL');
  await cell(page, 'query').getByRole('textbox', { name: 'Cell id' }).fill('by_city');
  await cell(page, 'query').getByRole('textbox', { name: 'Cell id' }).press('Enter');
  await setSql(page, 'by_city', BY_CITY_SQL);
  await page.keyboard.press('Shift+Enter');
  await expectStatus(page, 'by_city', 'ok');
}

test('import a CSV with the file chooser, query it, reload and find everything as left', async ({ page }, info) => {
  test.setTimeout(180_000); // two full page loads of the wasm engine on a shared 2-core machine
  const dialogs = forbidDialogs(page);
  await citiesNotebook(page, writeFixture(info, 'cities.csv', CITIES_CSV));

  expect(await gridHeader(page, 'by_city')).toEqual(['city', 'n']);
  expect(await gridRows(page, 'by_city')).toEqual([
    ['Madrid', '3'],
    ['Lima', '2'],
    ['Oslo', '1'],
  ]);
  await expect(cell(page, 'cities').locator('.file-sha')).toContainText('SHA-256');
  await shot(page, 'import-query-light-en');

  await waitSaved(page);
  await page.reload();
  await expectStatus(page, 'by_city', 'ok');
  // Restored from the result cache, not recomputed.
  await expect(cell(page, 'by_city').locator('.bt-badge--cached')).toBeVisible();
  expect(await gridRows(page, 'by_city')).toEqual([
    ['Madrid', '3'],
    ['Lima', '2'],
    ['Oslo', '1'],
  ]);
  expect(await gridRows(page, 'cities')).toHaveLength(6);
  await expect(page.locator('.cm-content').first()).toContainText('GROUP BY city');
  await shot(page, 'after-reload-light-en');

  // The imported file is in the browser's storage: running the data cell again reads it.
  await cell(page, 'cities').getByRole('button', { name: 'Run cell' }).click();
  await expectStatus(page, 'cities', 'ok');
  await expect(cell(page, 'cities').locator('.bt-error')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('bad files (binary garbage, empty) show a clear error and leave the notebook untouched', async ({ page }, info) => {
  const dialogs = forbidDialogs(page);
  await citiesNotebook(page, writeFixture(info, 'cities.csv', CITIES_CSV));
  await waitSaved(page);
  const before = await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));

  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
  await importWithChooser(page, writeFixture(info, 'x.csv', garbage));
  const error = page.locator('.bt-toast--error').filter({ hasText: 'x.csv' });
  await expect(error).toBeVisible();
  await expect(error).toContainText('binary');
  await shot(page, 'bad-file-error-light-en');

  await importWithChooser(page, writeFixture(info, 'empty.csv', ''));
  await expect(page.locator('.bt-toast--error').filter({ hasText: 'empty.csv' })).toContainText('empty');

  const after = await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
  expect(after).toEqual(before);
  expect(await gridRows(page, 'by_city')).toEqual([
    ['Madrid', '3'],
    ['Lima', '2'],
    ['Oslo', '1'],
  ]);
  await page.reload();
  await expectStatus(page, 'by_city', 'ok');
  const reloaded = await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
  expect(reloaded).toEqual(before);
  expect(dialogs).toEqual([]);
});
