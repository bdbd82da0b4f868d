// Where notebooks come from: the bundled demo, a new notebook over a bundled dataset, an empty
// one, or a YAML/JSON file the user opens. Everything is validated before it is stored.
import type { BundledDataset } from '../../pipelines/data/datasets';
import { parseNotebook } from '../../pipelines/notebook/parse';
import { NOTEBOOK_FORMAT, type Notebook } from '../../pipelines/notebook/schema';
import type { Language } from '../i18n/translate';
import { idFromFileName } from './cell-ids';

export const bundledNotebooks = [
  { file: 'demo.yaml', title: { en: 'Power demand in Tetouan, 2017', es: 'Demanda eléctrica en Tetuán, 2017' } },
  { file: 'power-model.yaml', title: { en: 'Forecasting zone 1 power demand', es: 'Previsión de la demanda eléctrica de la zona 1' } },
] as const;

export async function loadBundledNotebook(file: string): Promise<Notebook> {
  const res = await fetch(`${import.meta.env.BASE_URL}notebooks/${file}`);
  if (!res.ok) throw new Error(`could not load notebooks/${file} (HTTP ${res.status})`);
  return parseNotebook(await res.text(), file);
}

export function notebookFromDataset(ds: BundledDataset, lang: Language): Notebook {
  const id = idFromFileName(ds.id);
  return {
    format: NOTEBOOK_FORMAT,
    title: ds.title[lang],
    cells: [
      { id: 'about', kind: 'markdown', text: `## ${ds.title[lang]}\n${ds.description[lang]}\n\n_${ds.licence}_` },
      { id, kind: 'data', source: { dataset: ds.id } },
      { id: 'preview', kind: 'sql', sql: `SELECT *\nFROM ${id}\nLIMIT 100` },
      { id: `${id}_profile`, kind: 'profile', input: id },
    ],
  };
}

export function emptyNotebook(title: string): Notebook {
  return { format: NOTEBOOK_FORMAT, title, cells: [] };
}

export async function notebookFromFile(file: File): Promise<Notebook> {
  return parseNotebook(await file.text(), file.name);
}
