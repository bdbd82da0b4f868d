// Bundled offline datasets (files in public/datasets, licences in public/datasets/LICENSES.md).
import type { FileFormat } from './engine';

export interface BundledDataset {
  id: string;
  file: string;
  format: FileFormat;
  title: { en: string; es: string };
  description: { en: string; es: string };
  rows: number;
  licence: string;
  source: string;
}

export const bundledDatasets: BundledDataset[] = [
  {
    id: 'penguins',
    file: 'penguins.json',
    format: 'json',
    title: { en: 'Palmer penguins', es: 'Pingüinos de Palmer' },
    description: {
      en: 'Size measurements of three penguin species on islands in the Palmer Archipelago.',
      es: 'Medidas de tres especies de pingüinos en islas del archipiélago Palmer.',
    },
    rows: 344,
    licence: 'CC0 1.0 (Palmer Station LTER, Gorman, Williams & Fraser 2014), via vega-datasets (BSD-3-Clause)',
    source: 'vega-datasets',
  },
  {
    id: 'seattle-weather',
    file: 'seattle-weather.csv',
    format: 'csv',
    title: { en: 'Seattle weather', es: 'Tiempo en Seattle' },
    description: {
      en: 'Daily precipitation, temperature, wind and weather type in Seattle, 2012–2015.',
      es: 'Precipitación, temperatura, viento y tipo de tiempo diarios en Seattle, 2012–2015.',
    },
    rows: 1461,
    licence: 'Public domain (NOAA), via vega-datasets (BSD-3-Clause)',
    source: 'vega-datasets',
  },
  {
    id: 'tetouan-power-2017',
    file: 'tetouan-power-2017.csv',
    format: 'csv',
    title: { en: 'Tetouan city power consumption, 2017', es: 'Consumo eléctrico de Tetuán, 2017' },
    description: {
      en: '10-minute power consumption of three distribution zones with weather readings (UCI 849).',
      es: 'Consumo eléctrico cada 10 minutos de tres zonas de distribución, con datos meteorológicos (UCI 849).',
    },
    rows: 52416,
    licence: 'CC BY 4.0 (Salam & El Hibaoui, UCI Machine Learning Repository)',
    source: 'UCI Machine Learning Repository, dataset 849',
  },
];

export function findDataset(id: string): BundledDataset | undefined {
  return bundledDatasets.find((d) => d.id === id);
}
