import { describe, expect, it } from 'vitest';
import { cellIdProblem, idFromFileName, uniqueId } from './cell-ids';

describe('cell ids from file names', () => {
  it('makes identifier-safe ids', () => {
    expect(idFromFileName('Sales 2024 (final).csv')).toBe('sales_2024_final');
    expect(idFromFileName('2024.parquet')).toBe('t_2024');
    expect(idFromFileName('Año-Niño.csv')).toBe('ano_nino');
    expect(idFromFileName('.csv')).toBe('data');
  });
  it('makes them unique, case-insensitively', () => {
    expect(uniqueId('cities', ['Cities', 'cities_2'])).toBe('cities_3');
    expect(uniqueId('cities', ['power'])).toBe('cities');
  });
  it('explains a bad id', () => {
    expect(cellIdProblem('1abc', [])).toMatch(/must start with a letter/);
    expect(cellIdProblem('daily', ['Daily'])).toBe('another cell already uses "Daily"');
    expect(cellIdProblem('daily_2', ['daily'])).toBeNull();
  });
});
