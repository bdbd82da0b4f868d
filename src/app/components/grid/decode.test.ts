import { describe, expect, it } from 'vitest';
import { Bool, DateDay, Float64, Int64, Table, tableToIPC, TimestampMicrosecond, Utf8, vectorFromArray } from 'apache-arrow';
import { decodeWindow } from './decode';

describe('decodeWindow', () => {
  it('turns Arrow IPC into printable column arrays', () => {
    const table = new Table({
      id: vectorFromArray([1n, 2n ** 40n, null], new Int64()),
      x: vectorFromArray([1.5, null, -2], new Float64()),
      name: vectorFromArray(['a', null, 'ñandú'], new Utf8()),
      day: vectorFromArray([new Date('2024-01-02T00:00:00Z'), null, new Date('1999-12-31T00:00:00Z')], new DateDay()),
      at: vectorFromArray([new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05.250Z'), null], new TimestampMicrosecond()),
      ok: vectorFromArray([true, false, null], new Bool()),
    });
    const block = decodeWindow(tableToIPC(table, 'stream'), ['id', 'x', 'name', 'day', 'at', 'ok', 'absent']);
    expect(block.rowCount).toBe(3);
    expect(block.values).toEqual([
      [1, 1099511627776, null],
      [1.5, null, -2],
      ['a', null, 'ñandú'],
      ['2024-01-02', null, '1999-12-31'],
      ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.250Z', null],
      [true, false, null],
      [null, null, null],
    ]);
  });
});
