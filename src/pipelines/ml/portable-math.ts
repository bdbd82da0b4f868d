// exp and log computed with IEEE-754 basic operations only (ports of fdlibm's e_exp.c and e_log.c),
// so a model trained in Node and in any browser gets the same bits. Engines' Math.exp/Math.log may
// differ in the last bit between versions, which would change a model's content hash.

const buf = new DataView(new ArrayBuffer(8));
const hi = (x: number) => (buf.setFloat64(0, x), buf.getInt32(0));
const lo = (x: number) => (buf.setFloat64(0, x), buf.getUint32(4));
const withHi = (x: number, h: number) => (buf.setFloat64(0, x), buf.setInt32(0, h), buf.getFloat64(0));

const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.4426950408889634074;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;
const TWO_M1000 = 9.33263618503218878990e-302;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.45133219101941108420e2;

export function exp(x: number): number {
  let h = hi(x);
  const sign = (h >>> 31) & 1;
  h &= 0x7fffffff;
  if (h >= 0x40862e42) {
    if (h >= 0x7ff00000) return Number.isNaN(x) ? x : sign === 0 ? x : 0;
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let k = 0;
  let hiPart = 0;
  let loPart = 0;
  if (h > 0x3fd62e42) {
    if (h < 0x3ff0a2b2) {
      hiPart = sign ? x + LN2_HI : x - LN2_HI;
      loPart = sign ? -LN2_LO : LN2_LO;
      k = 1 - sign - sign;
    } else {
      k = Math.trunc(INV_LN2 * x + (sign ? -0.5 : 0.5));
      hiPart = x - k * LN2_HI;
      loPart = k * LN2_LO;
    }
    x = hiPart - loPart;
  } else if (h < 0x3e300000) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (loPart - (x * c) / (2 - c) - hiPart);
  if (k >= -1021) return withHi(y, hi(y) + (k << 20));
  return withHi(y, hi(y) + ((k + 1000) << 20)) * TWO_M1000;
}

const TWO54 = 1.8014398509481984e16;
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

export function log(x: number): number {
  let h = hi(x);
  const l = lo(x);
  let k = 0;
  if (h < 0x00100000) {
    if (((h & 0x7fffffff) | l) === 0) return -Infinity;
    if (h < 0) return NaN;
    k -= 54;
    x *= TWO54;
    h = hi(x);
  }
  if (h >= 0x7ff00000) return x + x;
  k += (h >> 20) - 1023;
  h &= 0x000fffff;
  const i0 = (h + 0x95f64) & 0x100000;
  x = withHi(x, h | (i0 ^ 0x3ff00000));
  k += i0 >> 20;
  const f = x - 1;
  const dk = k;
  if ((0x000fffff & (2 + h)) < 3) {
    if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : dk * LN2_HI - (R - dk * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const i = (h - 0x6147a) | (0x6b851 - h);
  const R = t2 + t1;
  if (i > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/** log(1 + x), accurate for tiny x (Goldberg's correction). */
export function log1p(x: number): number {
  const u = 1 + x;
  return u === 1 ? x : (log(u) * x) / (u - 1);
}

export function log2(x: number): number {
  return log(x) * Math.LOG2E;
}
