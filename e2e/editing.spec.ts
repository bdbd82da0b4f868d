// Everyday editing in Spanish and dark: gallery, empty notebook, a file dropped on the page,
// a SQL error shown on its cell, delete with undo, Ctrl+S, an invalid cell id refused.
import { expect, test, type Page } from '@playwright/test';
import { addCell, cell, CITIES_CSV, expectStatus, setSql, shot, waitSaved, writeFixture } from './support/app';

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dt = await page.evaluateHandle(
    ([n, c]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([c], n, { type: 'text/csv' }));
      return transfer;
    },
    [name, content] as const,
  );
  const target = page.locator('.nb-main');
  await target.dispatchEvent('dragenter', { dataTransfer: dt });
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

test('Spanish and dark: drop a file, a SQL error, undo a delete, Ctrl+S, id validation', async ({ page }, info) => {
  await page.goto('/#gallery');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await page.getByRole('button', { name: 'Cambiar el tema' }).or(page.locator('.theme-toggle')).first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'Galería' })).toBeVisible();
  await shot(page, 'gallery-dark-es');

  await page.getByRole('button', { name: /Nuevo cuaderno vacío/ }).click();
  await expect(page.getByText('Este cuaderno aún no tiene celdas.')).toBeVisible();
  await shot(page, 'empty-notebook-dark-es');

  await dropFile(page, 'Ciudades 2024.csv', CITIES_CSV);
  await expectStatus(page, 'ciudades_2024', 'ok');
  await expect(cell(page, 'ciudades_2024').locator('.cell-rows')).toHaveText('6 filas');

  // "Choose file" on a cell whose file is here replaces its data (new name and SHA-256).
  await cell(page, 'ciudades_2024').getByTestId('supply-ciudades_2024').setInputFiles(writeFixture(info, 'two.csv', 'city,temp\nQuito,14\nCusco,9\n'));
  await expect(cell(page, 'ciudades_2024').locator('.file-name')).toHaveText('two.csv');
  await expect(cell(page, 'ciudades_2024').locator('.cell-rows')).toHaveText('2 filas');

  await addCell(page, 'SQL');
  await setSql(page, 'query', 'SELECT nope FROM ciudades_2024');
  await page.keyboard.press('Shift+Enter');
  await expectStatus(page, 'query', 'error');
  await expect(cell(page, 'query').locator('.bt-error')).toContainText('nope');
  await cell(page, 'query').scrollIntoViewIfNeeded();
  await shot(page, 'sql-error-dark-es');

  // An id that is not a SQL identifier is refused, with the reason.
  const idField = cell(page, 'query').getByRole('textbox', { name: 'Id de la celda' });
  await idField.fill('2bad id');
  await idField.press('Enter');
  await expect(cell(page, 'query').locator('.cell-id-problem')).toBeVisible();
  await idField.press('Escape');

  await cell(page, 'query').getByRole('button', { name: 'Eliminar celda' }).click();
  await expect(cell(page, 'query')).toHaveCount(0);
  await page.locator('.undo-bar').getByRole('button', { name: 'Deshacer' }).click();
  await expect(cell(page, 'query')).toHaveCount(1);

  await page.keyboard.press('ControlOrMeta+s');
  await waitSaved(page);
  await page.reload();
  await expect(cell(page, 'query')).toHaveCount(1);
  await expect(cell(page, 'query').locator('.cm-content')).toContainText('SELECT nope');
});
