// Sharing: "Copy link" puts the notebook in the URL hash; a fresh browser opens it read-only with
// nothing run; the data file is asked for and checked by SHA-256; Run gives the same result.
import { expect, test } from '@playwright/test';
import { addCell, BY_CITY_SQL, cell, CITIES_CSV, expectStatus, forbidDialogs, gridRows, importWithChooser, setSql, shot, writeFixture } from './support/app';

test('share link round trip in a fresh browser context', async ({ page, browser }, info) => {
  test.setTimeout(180_000); // two browsers each start the wasm engine
  const csv = writeFixture(info, 'cities.csv', CITIES_CSV);
  await page.goto('/#gallery');
  await shot(page, 'gallery-light-en');
  await page.getByRole('button', { name: /New empty notebook/ }).click();
  await importWithChooser(page, csv);
  await expectStatus(page, 'cities', 'ok');
  await addCell(page, 'SQL');
  await setSql(page, 'query', BY_CITY_SQL);
  await page.keyboard.press('Shift+Enter');
  await expectStatus(page, 'query', 'ok');
  const expected = await gridRows(page, 'query');
  expect(expected).toEqual([
    ['Madrid', '3'],
    ['Lima', '2'],
    ['Oslo', '1'],
  ]);

  await page.getByRole('button', { name: 'Copy link' }).click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/^http:\/\/localhost:4173\/#nb=v1\./);
  await shot(page, 'share-dialog-light-en');

  const other = await browser.newContext();
  const reviewer = await other.newPage();
  const dialogs = forbidDialogs(reviewer);
  await reviewer.goto(url);
  await expect(reviewer.locator('.bt-review')).toBeVisible();
  await expect(reviewer.locator('[data-mode="review"]')).toBeVisible();
  await expect(reviewer.locator('[data-cell-id="query"] .cm-content')).toContainText('GROUP BY city');
  // Nothing ran: no cell has a result, and the editor is read-only.
  await expect(reviewer.locator('[data-status="ok"]')).toHaveCount(0);
  await expect(reviewer.locator('[data-cell-id="query"] .cm-content')).toHaveAttribute('contenteditable', 'false');
  await expect(cell(reviewer, 'cities').locator('.cell-notice')).toContainText('cities.csv');
  await shot(reviewer, 'review-light-en');

  // A different file is refused by its SHA-256.
  await cell(reviewer, 'cities').getByTestId('supply-cities').setInputFiles(writeFixture(info, 'other/cities.csv', 'city,temp\nParis,10\n'));
  await expect(reviewer.locator('.bt-toast--error')).toContainText('does not match');
  // The original file is accepted.
  await cell(reviewer, 'cities').getByTestId('supply-cities').setInputFiles(csv);
  await expect(cell(reviewer, 'cities').locator('.cell-notice')).toHaveCount(0);

  await reviewer.getByRole('button', { name: 'Run this shared notebook' }).click();
  await expectStatus(reviewer, 'query', 'ok');
  expect(await gridRows(reviewer, 'query')).toEqual(expected);
  await shot(reviewer, 'review-ran-light-en');

  // Forking saves it as the reviewer's own notebook.
  await reviewer.getByRole('button', { name: 'Make a copy' }).click();
  await expect(reviewer.locator('[data-mode="edit"]')).toBeVisible();
  await expect(reviewer).toHaveURL(/#open=nb-/);
  expect(dialogs).toEqual([]);
  await other.close();
});

test('a .bitacora bundle carries the data: export, open in a fresh browser, same result', async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  await page.goto('/#gallery');
  await page.getByRole('button', { name: /New empty notebook/ }).click();
  await importWithChooser(page, writeFixture(info, 'cities.csv', CITIES_CSV));
  await expectStatus(page, 'cities', 'ok');
  await addCell(page, 'SQL');
  await setSql(page, 'query', BY_CITY_SQL);
  await page.keyboard.press('Shift+Enter');
  await expectStatus(page, 'query', 'ok');

  await page.getByRole('button', { name: /^Export/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export bundle' }).click();
  const bundlePath = info.outputPath('untitled.bitacora');
  await (await download).saveAs(bundlePath);

  await page.getByRole('button', { name: /^Export/ }).click();
  const yamlDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export YAML' }).click();
  const yamlPath = info.outputPath('untitled.yaml');
  await (await yamlDownload).saveAs(yamlPath);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(yamlPath, 'utf8')).toContain('format: bitacora/1');

  await page.getByRole('button', { name: /^Export/ }).click();
  const ipynbDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export Jupyter notebook' }).click();
  const ipynbPath = info.outputPath('untitled.ipynb');
  await (await ipynbDownload).saveAs(ipynbPath);
  const ipynb = JSON.parse(readFileSync(ipynbPath, 'utf8'));
  expect(ipynb.nbformat).toBe(4);
  expect(JSON.stringify(ipynb.cells)).toContain('GROUP BY city');

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/#gallery');
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Open notebook or bundle' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(fresh.locator('[data-mode="edit"]')).toBeVisible();
  await expect(cell(fresh, 'cities').locator('.cell-notice')).toHaveCount(0);
  await fresh.getByRole('button', { name: 'Run all' }).click();
  await expectStatus(fresh, 'query', 'ok');
  expect(await gridRows(fresh, 'query')).toEqual([
    ['Madrid', '3'],
    ['Lima', '2'],
    ['Oslo', '1'],
  ]);
  await other.close();
});
