// Chart colours per theme, matching the CSS tokens in styles/tokens.css (Plotly cannot read CSS variables).

export type ThemeName = 'light' | 'dark';

export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  zero: string;
  hoverBg: string;
  colorway: string[];
  /** Sequential scale for heatmaps, low → high. */
  heat: [number, string][];
}

export const chartPalettes: Record<ThemeName, ChartPalette> = {
  light: {
    text: '#1f2430',
    muted: '#5f6b7a',
    grid: '#e6e9ef',
    zero: '#c9ced8',
    hoverBg: '#ffffff',
    colorway: ['#3d6ef5', '#e0702b', '#1c9e77', '#d1455f', '#8a5cf6', '#b58a00', '#0f8fb3', '#6b7280'],
    heat: [[0, '#f4f7ff'], [0.5, '#7c9cf7'], [1, '#1b3fa6']],
  },
  dark: {
    text: '#e6e8ee',
    muted: '#9aa3b2',
    grid: '#2b313c',
    zero: '#3c4453',
    hoverBg: '#1b1f27',
    colorway: ['#6f95ff', '#f28d4d', '#37c49a', '#f0697f', '#a583ff', '#e0b52b', '#3bb7da', '#9ca3af'],
    heat: [[0, '#141a26'], [0.5, '#3b5fc9'], [1, '#b9ccff']],
  },
};
