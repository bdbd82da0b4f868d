// Hostile or broken links: a clear error screen, nothing stored; Markdown with script-bearing HTML
// is shown sanitised and no dialog ever opens.
import { expect, test } from '@playwright/test';
import { encodeShareLink } from '../src/pipelines/share/link';
import { forbidDialogs, shot } from './support/app';

test('a damaged link shows an error screen and stores nothing', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto('/#nb=v1.@@@not-base64***');
  await expect(page.locator('[data-screen="link-error"]')).toBeVisible();
  await expect(page.locator('[data-screen="link-error"]')).toContainText('damaged');
  await shot(page, 'link-error-light-en');
  await page.getByRole('button', { name: 'Go to my notebooks' }).click();
  await expect(page.getByText('No saved notebooks yet.')).toBeVisible();
  expect(dialogs).toEqual([]);
});

test('markdown with <img onerror> and javascript: links is sanitised; no dialog fires', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const { url } = encodeShareLink(
    {
      format: 'bitacora/1',
      title: 'Totally harmless',
      cells: [
        { id: 'intro', kind: 'markdown', text: 'Hello <img src=x onerror="alert(1)"> <script>alert(2)</script> [click](javascript:alert(3)) <svg onload=alert(4)></svg>' },
        { id: 'q', kind: 'sql', sql: 'SELECT 1 AS one' },
      ],
    },
    'http://localhost:4173/',
  );
  await page.goto(url);
  await expect(page.locator('.bt-review')).toBeVisible();
  const md = page.locator('[data-cell-id="intro"] .bt-markdown');
  await expect(md).toContainText('Hello');
  expect(await md.locator('img[onerror], script, svg, [onload], a[href^="javascript"]').count()).toBe(0);
  await expect(page.locator('[data-status="ok"]')).toHaveCount(0);
  await page.waitForTimeout(1000);
  await shot(page, 'hostile-markdown-light-en');
  expect(dialogs).toEqual([]);
});
