import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { es } from './messages.es';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have identical key sets', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const [lang, cat] of Object.entries({ en, es })) {
      for (const [key, value] of Object.entries(cat)) expect(value.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('name every cell status and chart type', () => {
    for (const s of ['idle', 'stale', 'queued', 'running', 'ok', 'error', 'skipped', 'cancelled', 'cached']) expect(en).toHaveProperty(`status.${s}`);
    for (const c of ['bar', 'line', 'scatter', 'histogram', 'box', 'heatmap']) expect(en).toHaveProperty(`chart.type.${c}`);
  });
});
