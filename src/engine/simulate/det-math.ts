// ln and exp from IEEE-754 basic operations only: the same bits in every engine (Math.log's precision is left open).

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const SQRT2 = 1.4142135623730951;
const INV_LN2 = 1.4426950408889634;

/** ln(m) for m in [sqrt(2)/2, sqrt(2)]: 2 atanh(f), f = (m - 1) / (m + 1), |f| < 0.172; 12 terms reach double precision. */
function lnNearOne(m: number): number {
  const f = (m - 1) / (m + 1);
  const f2 = f * f;
  return (
    2 *
    f *
    (1 +
      f2 *
        (1 / 3 +
          f2 *
            (1 / 5 +
              f2 *
                (1 / 7 +
                  f2 *
                    (1 / 9 +
                      f2 *
                        (1 / 11 +
                          f2 *
                            (1 / 13 +
                              f2 *
                                (1 / 15 +
                                  f2 * (1 / 17 + f2 * (1 / 19 + f2 * (1 / 21 + f2 / 23)))))))))))
  );
}

/** 2^-k for k in 0..32, exact (halving is exact). */
const INV_POW2: number[] = [1];
for (let k = 1; k <= 32; k += 1) INV_POW2.push((INV_POW2[k - 1] as number) / 2);

/** Centres c = 1 + i/1024 covering [sqrt(2)/2, sqrt(2)], with ln(c) (from the series) and 1/c, for lnUnit. */
const STEPS = 1024;
const C_FIRST = -301;
const C_COUNT = 726;
const LN_C = new Float64Array(C_COUNT);
const INV_C = new Float64Array(C_COUNT);
for (let i = 0; i < C_COUNT; i += 1) {
  const c = 1 + (C_FIRST + i) / STEPS;
  LN_C[i] = lnNearOne(c);
  INV_C[i] = 1 / c;
}

/**
 * ln(n / 2^32) for an integer n in [1, 2^32]: the logarithm of a uniform draw in (0, 1], the exponential
 * variate's hot path. The exponent comes from Math.clz32 (exact); the mantissa m is split as c (1 + i/1024, c = 1
 * near 1 so small results keep their precision) times 1 + x with |x| < 0.0007, where 5 terms of ln(1 + x) suffice.
 */
export function lnUnit(n: number): number {
  let k = n >= 4294967296 ? 32 : 31 - Math.clz32(n);
  let m = n * (INV_POW2[k] as number);
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  const i = Math.round((m - 1) * STEPS) - C_FIRST;
  // m - c is exact (they are within a factor of two of each other).
  const x = (m - (1 + (i + C_FIRST) / STEPS)) * (INV_C[i] as number);
  const x2 = x * x;
  const series = x - x2 * (0.5 - x * (1 / 3)) - x2 * x2 * (0.25 - x * 0.2);
  const e = k - 32;
  return e * LN2_HI + (e * LN2_LO + ((LN_C[i] as number) + series));
}

/** Natural logarithm of a positive finite x (NaN for x <= 0 or NaN, Infinity for Infinity). */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : Number.NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    // Subnormal: scale into the normal range first.
    x *= 18014398509481984; // 2^54
    k = -54;
  }
  F64[0] = x;
  const hi = U32[HI] as number;
  k += ((hi >>> 20) & 0x7ff) - 1023;
  // The mantissa as a number in [1, 2), then in [sqrt(2)/2, sqrt(2)).
  U32[HI] = (hi & 0x000fffff) | 0x3ff00000;
  let m = F64[0];
  if (m > SQRT2) {
    m *= 0.5;
    k += 1;
  }
  return k * LN2_HI + (k * LN2_LO + lnNearOne(m));
}

/** e^x (0 below about -745, Infinity above about 709.78). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  // x = k ln 2 + r with |r| <= ln 2 / 2; e^r by its Taylor series (14 terms), then times 2^k.
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = 1;
  for (let n = 14; n >= 1; n -= 1) sum = 1 + (r * sum) / n;
  return scale2(sum, k);
}

/** y * 2^k, built from exponent bits in two steps so that neither factor overflows or underflows on its own. */
function scale2(y: number, k: number): number {
  const half = k >> 1;
  return y * pow2(half) * pow2(k - half);
}

/** 2^k for an integer k, exact (down to the smallest subnormal). */
export function pow2(k: number): number {
  F64[0] = 0;
  U32[LO] = 0;
  if (k >= -1022) U32[HI] = (k + 1023) << 20;
  else return pow2(k + 54) / 18014398509481984;
  return F64[0];
}
