// Decoding Arrow IPC with our apache-arrow: kinds, nulls, BigInt, decimals, dates.
import { Bool, DateDay, Decimal, Float64, Int32, Int64, Table, TimestampMicrosecond, Utf8, makeData, makeVector, tableToIPC, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { bigintToJs, decodeIpc, ipcToRowObjects } from './arrow';

function sample(): Uint8Array {
  const decimals = makeVector(
    makeData({
      type: new Decimal(2, 10, 128),
      length: 2,
      nullCount: 0,
      // 1234 and -50 as 128-bit two's complement little-endian words, scale 2 → 12.34, -0.5
      data: Uint32Array.from([1234, 0, 0, 0, 0xffffffce, 0xffffffff, 0xffffffff, 0xffffffff]),
    }),
  );
  return tableToIPC(
    new Table({
      i: vectorFromArray([1, null], new Int32()),
      big: vectorFromArray([2n ** 60n, -3n], new Int64()),
      f: vectorFromArray([0.5, null], new Float64()),
      dec: decimals,
      s: vectorFromArray(['x', null], new Utf8()),
      b: vectorFromArray([true, null], new Bool()),
      day: vectorFromArray([Date.UTC(2024, 1, 29), null], new DateDay()),
      ts: vectorFromArray([Date.UTC(2024, 0, 2, 3, 4, 5), null], new TimestampMicrosecond()),
    }),
    'stream',
  );
}

describe('decodeIpc', () => {
  it('numbers become Float64Array with NaN for null; dates epoch ms; type names kept', () => {
    const t = decodeIpc(sample());
    expect(t.rows).toBe(2);
    const [i, big, f, dec, s, b, day, ts] = t.columns;
    expect(i).toMatchObject({ name: 'i', kind: 'number', type: 'Int32' });
    expect(Array.from(i.values as Float64Array)).toEqual([1, NaN]);
    expect(Array.from(big.values as Float64Array)).toEqual([2 ** 60, -3]);
    expect(Array.from(f.values as Float64Array)).toEqual([0.5, NaN]);
    expect(dec.kind).toBe('number');
    expect(Array.from(dec.values as Float64Array)).toEqual([12.34, -0.5]);
    expect(s).toEqual({ name: 's', kind: 'string', type: 'Utf8', values: ['x', null] });
    expect(b).toEqual({ name: 'b', kind: 'boolean', type: 'Bool', values: [true, null] });
    expect(day.kind).toBe('date');
    expect(Array.from(day.values as Float64Array)).toEqual([Date.UTC(2024, 1, 29), NaN]);
    expect(ts).toMatchObject({ kind: 'timestamp', type: 'Timestamp<MICROSECOND>' });
    expect(Array.from(ts.values as Float64Array)).toEqual([Date.UTC(2024, 0, 2, 3, 4, 5), NaN]);
  });
});

describe('ipcToRowObjects', () => {
  it('plain JSON values: exact BigInts as strings, dates as ISO strings', () => {
    expect(ipcToRowObjects(sample())).toEqual([
      { i: 1, big: '1152921504606846976', f: 0.5, dec: 12.34, s: 'x', b: true, day: '2024-02-29', ts: '2024-01-02T03:04:05.000Z' },
      { i: null, big: -3, f: null, dec: -0.5, s: null, b: null, day: null, ts: null },
    ]);
  });
});

describe('bigintToJs', () => {
  it('keeps safe integers as numbers and larger ones exact as text', () => {
    expect(bigintToJs(9007199254740991n)).toBe(9007199254740991);
    expect(bigintToJs(-9007199254740993n)).toBe('-9007199254740993');
  });
});
