// First start: the demo notebook opens by itself, loads the bundled Tetouan dataset into DuckDB,
// prepares it with SQL and shows the grid, two charts and a profile.
import { expect, test } from '@playwright/test';
import { cell, gridHeader, gridRows, openDemo, shot } from './support/app';

test('first start runs the demo: 364 daily rows, a chart and a profile', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openDemo(page);

  const daily = cell(page, 'daily');
  await expect(daily.locator('.cell-rows')).toHaveText('364 rows');
  expect(await gridHeader(page, 'daily')).toEqual(['day', 'temperature', 'zone1_mwh', 'zone2_mwh', 'zone3_mwh']);
  const rows = await gridRows(page, 'daily');
  expect(rows[0][0]).toBe('2017-01-01');

  await expect(cell(page, 'demand_chart').locator('svg.main-svg').first()).toBeVisible();
  const profile = cell(page, 'daily_profile');
  for (const col of ['day', 'temperature', 'zone1_mwh']) await expect(profile).toContainText(col);
  await expect(cell(page, 'power').locator('.cell-rows')).toHaveText('52,416 rows');

  await shot(page, 'demo-light-en');
  await cell(page, 'demand_chart').scrollIntoViewIfNeeded();
  await shot(page, 'demo-chart-light-en');
  await profile.scrollIntoViewIfNeeded();
  await shot(page, 'demo-profile-light-en');
  expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
});

test('theme and language switch: dark and Spanish', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: /Switch to Dark theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('button', { name: /Ejecutar todo|Run all/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await shot(page, 'demo-dark-es');
  await cell(page, 'demand_chart').scrollIntoViewIfNeeded();
  await shot(page, 'demo-chart-dark-es');
  await cell(page, 'daily_profile').scrollIntoViewIfNeeded();
  await shot(page, 'demo-profile-dark-es');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
