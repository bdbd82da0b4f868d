// What the browser tests do as a user: open the app, wait for cells, read the grid, type SQL,
// pick files, and take screenshots into test-results/screens/.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SCREENS = 'test-results/screens';

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: false });
}

export function cell(page: Page, id: string): Locator {
  return page.locator(`[data-cell-id="${id}"]`);
}

export async function expectStatus(page: Page, id: string, status: string, timeout = 90_000): Promise<void> {
  await expect(cell(page, id)).toHaveAttribute('data-status', status, { timeout });
}

/** First start: the demo notebook opens and runs; resolves when every cell has finished. */
export async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  for (const id of ['power', 'daily', 'demand_chart', 'temp_vs_demand', 'daily_profile']) await expectStatus(page, id, 'ok');
}

/** The visible rows of a cell's result grid, as text per column (header excluded). */
export async function gridRows(page: Page, id: string): Promise<string[][]> {
  const grid = cell(page, id).getByRole('grid');
  await expect(grid.locator('[role="gridcell"]').first()).not.toBeEmpty();
  await expect(grid.locator('.bt-grid__placeholder')).toHaveCount(0);
  return grid.locator('[role="row"]:not(.bt-grid__head)').evaluateAll((rows) =>
    rows
      .map((r) => ({ i: Number(r.getAttribute('aria-rowindex')), cells: [...r.querySelectorAll('[role="gridcell"]')].map((c) => (c.textContent ?? '').trim()) }))
      .sort((a, b) => a.i - b.i)
      .map((r) => r.cells),
  );
}

export async function gridHeader(page: Page, id: string): Promise<string[]> {
  return cell(page, id).locator('.bt-grid__th-name').allTextContents();
}

/** Replaces the SQL of a cell as typed text (no key events, so completion does not interfere). */
export async function setSql(page: Page, id: string, sql: string): Promise<void> {
  const editor = cell(page, id).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

export function writeFixture(info: TestInfo, name: string, content: string | Buffer): string {
  const path = info.outputPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Import through the toolbar's file chooser, as a user would. */
export async function importWithChooser(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Import|Importar)$/ }).click();
  await (await chooser).setFiles(path);
}

export async function addCell(page: Page, kindLabel: string): Promise<void> {
  await page.getByRole('button', { name: /Add cell|Añadir celda/ }).click();
  await page.getByRole('menuitem', { name: kindLabel }).click();
}

/** Fails the test if any alert/confirm/prompt opens. */
export function forbidDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return seen;
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save]')).toHaveAttribute('data-save', 'saved', { timeout: 15_000 });
}

export const CITIES_CSV = 'city,temp\nMadrid,21\nLima,18\nMadrid,25\nOslo,4\nLima,19\nMadrid,23\n';
export const BY_CITY_SQL = 'SELECT city, count(*) AS n FROM cities GROUP BY city ORDER BY n DESC, city';
