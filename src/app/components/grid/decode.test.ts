import { describe, expect, it } from 'vitest';
import { Bool, DateDay, Decimal, makeData, makeVector, Float64, Int64, Table, tableToIPC, TimestampMicrosecond, Utf8, vectorFromArray } from 'apache-arrow';
import { decodeWindow } from './decode';

describe('decodeWindow', () => {
  it('scales 128-bit decimals, negative ones included', () => {
    // 123.45 and -0.05 at scale 2: unscaled 12345 and -5 in little-endian 32-bit words
    const words = new Uint32Array([12345, 0, 0, 0, 0xffff_fffb, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff]);
    const price = makeVector(makeData({ type: new Decimal(2, 10, 128), length: 2, nullCount: 0, data: words }));
    const block = decodeWindow(tableToIPC(new Table({ price }), 'stream'), ['price']);
    expect(block.values).toEqual([[123.45, -0.05]]);
  });

  it('turns Arrow IPC into printable column arrays', () => {
    const table = new Table({
      id: vectorFromArray([1n, 2n ** 40n, 2n ** 60n + 1n], new Int64()),
      x: vectorFromArray([1.5, null, -2], new Float64()),
      name: vectorFromArray(['a', null, 'ñandú'], new Utf8()),
      day: vectorFromArray([new Date('2024-01-02T00:00:00Z'), null, new Date('1999-12-31T00:00:00Z')], new DateDay()),
      at: vectorFromArray([new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05.250Z'), null], new TimestampMicrosecond()),
      ok: vectorFromArray([true, false, null], new Bool()),
    });
    const block = decodeWindow(tableToIPC(table, 'stream'), ['id', 'x', 'name', 'day', 'at', 'ok', 'absent']);
    expect(block.rowCount).toBe(3);
    expect(block.values).toEqual([
      [1, 1099511627776, '1152921504606846977'],
      [1.5, null, -2],
      ['a', null, 'ñandú'],
      ['2024-01-02', null, '1999-12-31'],
      ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.250Z', null],
      [true, false, null],
      [null, null, null],
    ]);
  });
});
