// `npm run bench`: every benchmark, one JSON line per figure. Peers run in the same process and run,
// so ratios compare like with like on this machine. BENCH_ONLY=name1,name2 picks some.
import { run as csvImport } from './csv-import';
import { run as groupby } from './groupby';
import { run as size } from './size';
import { emit } from './common';

type Bench = { name: string; run: () => Promise<void> };

const benches: Bench[] = [
  { name: 'size', run: size },
  { name: 'csv-import', run: csvImport },
  { name: 'groupby', run: groupby },
  { name: 'gbdt', run: async () => void (await (await import('./gbdt')).run()) },
  { name: 'mlp', run: async () => void (await (await import('./mlp')).run()) },
  { name: 'browser', run: async () => (await import('./browser')).run() },
];

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
emit({ bench: 'machine', node: process.version, cpus: (await import('node:os')).cpus().length, date: new Date().toISOString() });
for (const b of benches) {
  if (only && !only.includes(b.name)) continue;
  try {
    await b.run();
  } catch (e) {
    emit({ bench: b.name, error: (e as Error).message.split('\n')[0] });
  }
}
