// Modelling in the browser: train in the ML worker while the page stays usable, watch the live loss,
// cancel, retrain with other parameters, and compare two models' metrics side by side.
import { expect, test } from '@playwright/test';
import { parseNotebook } from '../src/pipelines/notebook/parse';
import { encodeShareLink } from '../src/pipelines/share/link';
import { cell, expectStatus, shot } from './support/app';
import { headlessModelHashes } from './support/headless';

const PENGUINS = `format: bitacora/1
title: Penguin species
cells:
  - id: penguins
    kind: data
    source: { dataset: penguins }
  - id: clean
    kind: sql
    sql: |
      SELECT "Species" AS species, "Beak Length (mm)" AS beak_length, "Beak Depth (mm)" AS beak_depth,
             "Flipper Length (mm)" AS flipper, "Body Mass (g)" AS mass
      FROM penguins WHERE "Body Mass (g)" IS NOT NULL
  - { id: parts, kind: split, input: clean, method: stratified, by: species, test_size: 0.25, seed: 7 }
  - id: prep
    kind: transform
    input: parts
    steps:
      - { op: scale, columns: [beak_length, beak_depth, flipper, mass], method: standard }
  - id: trees
    kind: train
    input: prep
    task: multiclass
    target: species
    features: [beak_length, beak_depth, flipper, mass]
    model: { type: gbdt, params: { n_estimators: 50 } }
    seed: 1
  - id: net
    kind: train
    input: prep
    task: multiclass
    target: species
    features: [beak_length, beak_depth, flipper, mass]
    model: { type: mlp, params: { hidden_layers: [16], epochs: 5000, learning_rate: 0.01, batch_size: 16 } }
    seed: 1
  - { id: compare, kind: evaluate, models: [net, trees] }
`;

test('train with live progress, cancel, retrain, compare metrics', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(encodeShareLink(parseNotebook(PENGUINS), 'http://localhost:4173/').url);
  await page.getByRole('button', { name: 'Make my own copy' }).click();
  await expect(page.locator('[data-mode="edit"]')).toBeVisible();

  await page.getByRole('button', { name: /Run all/ }).click();
  await expectStatus(page, 'trees', 'ok', 180_000);
  await expectStatus(page, 'net', 'running', 120_000);
  const live = cell(page, 'net').locator('.ml-live');
  await expect(live).toContainText('train_loss', { timeout: 60_000 });
  // The page stays responsive while the worker trains: a cell collapses and expands at once.
  await cell(page, 'penguins').getByRole('button', { name: 'Collapse' }).click();
  await cell(page, 'penguins').getByRole('button', { name: 'Expand' }).click();
  await cell(page, 'net').scrollIntoViewIfNeeded();
  await shot(page, 'ml-training-light-en');

  await page.getByRole('button', { name: /Cancel/ }).click();
  await expectStatus(page, 'net', 'cancelled', 60_000);
  await expect(cell(page, 'compare')).not.toHaveAttribute('data-status', 'ok');

  const params = cell(page, 'net').getByRole('textbox', { name: 'Model parameters (YAML)' });
  await params.fill('hidden_layers: [16]\nepochs: 60\nlearning_rate: 0.01\nbatch_size: 16\n');
  await params.blur();
  await cell(page, 'compare').getByRole('button', { name: 'Run cell' }).click();
  await expectStatus(page, 'net', 'ok', 180_000);
  await expectStatus(page, 'compare', 'ok', 60_000);

  const table = cell(page, 'compare').locator('table.ml-metrics');
  await expect(table.locator('thead th')).toContainText(['net', 'trees']);
  const accuracy = table.locator('tbody tr').filter({ has: page.locator('th code', { hasText: /^accuracy$/ }) });
  const values = await accuracy.locator('td').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('title'))));
  expect(values).toHaveLength(2);
  for (const v of values) expect(v).toBeGreaterThan(0.9);
  await cell(page, 'compare').scrollIntoViewIfNeeded();
  await shot(page, 'ml-compare-light-en');
  await cell(page, 'net').scrollIntoViewIfNeeded();
  await shot(page, 'ml-trained-light-en');
  // No GPU here: tfjs must run on WASM (not fall back silently to WebGL on SwiftShader).
  await expect(cell(page, 'net').locator('.ml-meta').first()).toContainText('Backend: wasm');

  // The same notebook in Node (the CLI's path) gives the same model hashes, bit for bit.
  const retrained = parseNotebook(PENGUINS.replace('epochs: 5000', 'epochs: 60'));
  const nodeHashes = await headlessModelHashes(retrained);
  for (const id of ['trees', 'net']) {
    await expect(cell(page, id).locator('.ml-hash code')).toHaveAttribute('title', nodeHashes[id]);
  }

  // Every train and evaluate execution left a run record; the runs list shows them.
  await page.getByRole('button', { name: 'Runs', exact: true }).click();
  const runs = page.getByRole('dialog', { name: 'Runs' });
  for (const id of ['trees', 'net', 'compare']) await expect(runs.locator('td code', { hasText: new RegExp(`^${id}$`) }).first()).toBeVisible();
  await shot(page, 'runs-light-en');
});
