import { describe, expect, it } from 'vitest';
import { formatBytes, isMemoryNearLimit } from './format-bytes';

describe('formatBytes', () => {
  it('uses decimal units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1500)).toBe('1.5 kB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
    expect(formatBytes(2_500_000_000, 'es')).toBe('2,5 GB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(-1)).toBe('—');
  });
  it('warns near the 3 GB engine limit', () => {
    expect(isMemoryNearLimit(1e9)).toBe(false);
    expect(isMemoryNearLimit(2.6e9)).toBe(true);
    expect(isMemoryNearLimit(0.9e9, 1e9)).toBe(true);
  });
});
