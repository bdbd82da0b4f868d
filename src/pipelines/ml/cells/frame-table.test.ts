import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Frame } from '../frame';
import { frameFromIpc, frameToIpc } from './frame-table';

afterEach(() => vi.unstubAllGlobals());

describe('frameToIpc', () => {
  it('round-trips numbers, text and datetimes with missing values', () => {
    const frame: Frame = {
      rows: 3,
      columns: [
        { name: 'x', kind: 'number', values: Float64Array.from([1.5, NaN, -2]) },
        { name: 'city', kind: 'string', values: ['Lima', null, 'Cádiz'] },
        { name: 'ts', kind: 'datetime', values: Float64Array.from([Date.UTC(2017, 0, 1, 0, 10), NaN, Date.UTC(2017, 11, 30, 23, 50)]) },
      ],
    };
    const back = frameFromIpc(frameToIpc(frame));
    expect(back.rows).toBe(3);
    expect(back.columns.map((c) => [c.name, c.kind])).toEqual([['x', 'number'], ['city', 'string'], ['ts', 'datetime']]);
    expect(Array.from(back.columns[0].values as Float64Array)).toEqual([1.5, NaN, -2]);
    expect(back.columns[1].values).toEqual(['Lima', null, 'Cádiz']);
    expect(Array.from(back.columns[2].values as Float64Array)).toEqual([Date.UTC(2017, 0, 1, 0, 10), NaN, Date.UTC(2017, 11, 30, 23, 50)]);
  });

  it('never compiles code (the page CSP forbids eval; Arrow builders use Function)', () => {
    vi.stubGlobal('Function', () => {
      throw new EvalError('Function() is refused by the Content Security Policy');
    });
    const frame: Frame = { rows: 2, columns: [{ name: 'split', kind: 'string', values: ['train', 'test'] }, { name: 'v', kind: 'number', values: Float64Array.from([1, NaN]) }] };
    expect(() => frameToIpc(frame)).not.toThrow();
  });
});
