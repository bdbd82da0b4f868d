// Class labels of saved predictions → class indices 0..k-1, shared by target and prediction columns.
import { UsageError } from './args';

/**
 * Binary: labels must be two values; 0/1, false/true, no/yes and negative/positive map in that order,
 * any other pair maps in sorted order (the second is the positive class). Multiclass: sorted order.
 */
export function encodeLabels(target: ArrayLike<unknown>, prediction: ArrayLike<unknown>, task: 'binary' | 'multiclass') {
  const key = (v: unknown, flag: string, i: number): string => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) throw new UsageError(`metrics: ${flag} row ${i + 1} is empty`);
    return String(v);
  };
  const t = Array.from({ length: target.length }, (_, i) => key(target[i], '--target', i));
  const p = Array.from({ length: prediction.length }, (_, i) => key(prediction[i], '--prediction', i));
  const labels = [...new Set([...t, ...p])];
  const numeric = labels.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
  labels.sort((a, b) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
  if (task === 'binary') {
    if (labels.length > 2) throw new UsageError(`metrics: --task binary needs two classes, found ${labels.length}: ${labels.slice(0, 5).join(', ')}`);
    const named: Record<string, number> = { '0': 0, '1': 1, false: 0, true: 1, no: 0, yes: 1, negative: 0, positive: 1 };
    if (labels.every((l) => l.toLowerCase() in named)) {
      const index = (l: string) => named[l.toLowerCase()];
      return { yTrue: Float64Array.from(t, index), yPred: Float64Array.from(p, index), classes: 2, labels };
    }
    if (labels.length === 1) labels.push(`not ${labels[0]}`);
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  return { yTrue: Float64Array.from(t, (l) => index.get(l)!), yPred: Float64Array.from(p, (l) => index.get(l)!), classes: labels.length, labels };
}
