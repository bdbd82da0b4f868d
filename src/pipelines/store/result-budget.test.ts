import { describe, expect, it } from 'vitest';
import { measureResult, monotonicClock, pickEvictions, utf8Length } from './result-budget';

describe('utf8Length', () => {
  it('equals TextEncoder on ASCII, 2-, 3- and 4-byte characters and lone surrogates', () => {
    for (const s of ['', 'abc', 'ñandú', '€ 5', '𝄞 clef', 'a\ud800b', '\udc00', 'end\ud83d']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).byteLength);
  });
});

describe('measureResult', () => {
  it('counts UTF-8 bytes of the JSON output plus the table', () => {
    expect(measureResult({ output: { a: 'ñ' } })).toEqual({ outputJson: '{"a":"ñ"}', bytes: 10 });
    expect(measureResult({ output: undefined, table: new Uint8Array(6) })).toEqual({ outputJson: 'null', bytes: 10 });
  });

  it('rejects output that is not JSON', () => {
    expect(() => measureResult({ output: { n: 1n } })).toThrow(TypeError);
  });
});

describe('pickEvictions', () => {
  const entries = [
    { key: 'a', bytes: 40, lastUsed: 3 },
    { key: 'b', bytes: 40, lastUsed: 1 },
    { key: 'c', bytes: 40, lastUsed: 2 },
  ];
  it('evicts nothing within budget', () => {
    expect(pickEvictions(entries, 120)).toEqual([]);
  });
  it('evicts least recently used first until the total fits', () => {
    expect(pickEvictions(entries, 80)).toEqual(['b']);
    expect(pickEvictions(entries, 79)).toEqual(['b', 'c']);
  });
  it('never evicts the entry it was asked to keep', () => {
    expect(pickEvictions(entries, 0, 'b')).toEqual(['c', 'a']);
  });
});

describe('monotonicClock', () => {
  it('keeps increasing when the wall clock stalls or steps back', () => {
    const readings = [100, 100, 90, 200];
    const clock = monotonicClock(() => readings.shift()!);
    expect([clock(), clock(), clock(), clock()]).toEqual([100, 101, 102, 200]);
  });
});
