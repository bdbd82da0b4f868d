// Editing SQL makes every downstream cell stale at once (amber); "Run stale" brings them back with
// the new values.
import { expect, test } from '@playwright/test';
import { cell, expectStatus, gridRows, openDemo, setSql, shot } from './support/app';

const FIRST_HALF = `SELECT
  CAST(strptime("DateTime", '%m/%d/%Y %H:%M') AS DATE) AS day,
  round(avg("Temperature"), 2) AS temperature,
  round(sum("Zone 1 Power Consumption") / 6000, 1) AS zone1_mwh,
  round(sum("Zone 2  Power Consumption") / 6000, 1) AS zone2_mwh,
  round(sum("Zone 3  Power Consumption") / 6000, 1) AS zone3_mwh
FROM power
WHERE CAST(strptime("DateTime", '%m/%d/%Y %H:%M') AS DATE) < DATE '2017-07-01'
GROUP BY day
ORDER BY day DESC`;

test('edit SQL → downstream stale → run stale → ok with the new values', async ({ page }) => {
  test.setTimeout(180_000); // the whole demo runs first
  await openDemo(page);
  await expect(cell(page, 'daily').locator('.cell-rows')).toHaveText('364 rows');

  await cell(page, 'intro').hover();
  await shot(page, 'markdown-hover-light-en');
  await setSql(page, 'daily', FIRST_HALF);
  for (const id of ['daily', 'demand_chart', 'temp_vs_demand', 'daily_profile']) {
    await expectStatus(page, id, 'stale', 5_000);
    await expect(cell(page, id).locator('.bt-badge--stale')).toBeVisible();
  }
  await expectStatus(page, 'power', 'ok');
  await expect(page.getByRole('button', { name: /Run stale/ })).toContainText('4');
  await cell(page, 'daily').scrollIntoViewIfNeeded();
  await shot(page, 'stale-light-en');

  await page.getByRole('button', { name: /Run stale/ }).click();
  for (const id of ['daily', 'demand_chart', 'temp_vs_demand', 'daily_profile']) await expectStatus(page, id, 'ok');
  await expect(cell(page, 'daily').locator('.cell-rows')).toHaveText('181 rows');
  expect((await gridRows(page, 'daily'))[0][0]).toBe('2017-06-30');
  await expect(cell(page, 'daily_profile')).toContainText('181 rows');
  await expect(page.getByRole('button', { name: /Run stale/ })).toBeDisabled();
});
