import { describe, expect, it } from 'vitest';
import { checkDataBytes, classifyFile, FileCheckError } from './file-checks';

const text = (s: string) => new TextEncoder().encode(s);

describe('dropped file checks', () => {
  it('classifies notebooks, bundles and data', () => {
    expect(classifyFile('a.yaml', text('format: bitacora/1'))).toEqual({ kind: 'notebook', format: 'yaml' });
    expect(classifyFile('a.json', text('{"format": "bitacora/1"}'))).toEqual({ kind: 'notebook', format: 'json' });
    expect(classifyFile('rows.json', text('[{"a":1}]'))).toEqual({ kind: 'data', format: 'json' });
    expect(classifyFile('x.bitacora', text(''))).toEqual({ kind: 'bundle' });
    expect(classifyFile('x.PARQUET', text(''))).toEqual({ kind: 'data', format: 'parquet' });
    expect(() => classifyFile('x.exe', text(''))).toThrow(FileCheckError);
  });
  it('refuses empty, binary and fake parquet files, naming the file', () => {
    expect(() => checkDataBytes('x.csv', 'csv', new Uint8Array())).toThrow('"x.csv": the file is empty (0 bytes)');
    expect(() => checkDataBytes('x.csv', 'csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0xff]))).toThrow(/binary bytes/);
    expect(() => checkDataBytes('x.parquet', 'parquet', text('city,n\na,1\n'))).toThrow(/PAR1/);
    expect(() => checkDataBytes('ok.csv', 'csv', text('city,n\na,1\n'))).not.toThrow();
  });
});
