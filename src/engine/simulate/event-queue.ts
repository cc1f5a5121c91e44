// The future event list: a binary min-heap in parallel typed arrays, ordered by time then insertion number.

/** Payload packing: kind in 4 bits, `a` in 20 bits, `b` in the 29 bits above (all exact in a float64). */
const KIND_BITS = 16;
const A_LIMIT = 1 << 20;
const B_SCALE = KIND_BITS * A_LIMIT;
/** Exact inverse of B_SCALE (a power of two): unpacking multiplies instead of dividing. */
const B_INVERSE = 1 / B_SCALE;
const B_LIMIT = 2 ** 29;

/** Typed error: an event's fields do not fit the packed payload. */
export class EventRangeError extends Error {
  override readonly name = 'EventRangeError';
  readonly kind: number;
  readonly a: number;
  readonly b: number;

  constructor(kind: number, a: number, b: number) {
    super(`event out of range: kind ${kind} (< 16), a ${a} (< 2^20), b ${b} (< 2^29)`);
    this.kind = kind;
    this.a = a;
    this.b = b;
  }
}

/**
 * Each event is (time, kind, a, b): `kind` selects the handler, `a` and `b` are small integers (a node, a request).
 * Ties in time pop in insertion order, so a run never depends on heap layout. The three integers travel packed in
 * one float, so a heap move copies three numbers; `pop` writes the event into the public fields `time`, `kind`,
 * `a`, `b` instead of returning an object: the loop allocates nothing.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private payloads: Float64Array;
  private count = 0;
  private nextSeq = 0;
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(capacity = 1024) {
    const n = Math.max(16, capacity);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.payloads = new Float64Array(n);
  }

  get size(): number {
    return this.count;
  }

  /** How many events were ever pushed (the next insertion number). */
  get pushed(): number {
    return this.nextSeq;
  }

  clear(): void {
    this.count = 0;
    this.nextSeq = 0;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const copy = (a: Float64Array): Float64Array => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.times = copy(this.times);
    this.seqs = copy(this.seqs);
    this.payloads = copy(this.payloads);
  }

  /**
   * Time of the next `schedule` call. Hot paths set it and call `schedule`, which takes integers only: a float
   * argument to a call the JIT does not inline is boxed, and that would allocate on every event.
   */
  at = 0;

  push(time: number, kind: number, a: number, b: number): void {
    this.at = time;
    this.schedule(kind, a, b);
  }

  /** Adds an event at time `at`. */
  schedule(kind: number, a: number, b: number): void {
    const time = this.at;
    if (kind >>> 4 !== 0 || a >>> 20 !== 0 || b < 0 || b >= B_LIMIT)
      throw new EventRangeError(kind, a, b);
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    const seq = this.nextSeq;
    this.nextSeq = seq + 1;
    let i = this.count;
    this.count = i + 1;
    // Sift up with a hole: parents move down until the new event fits.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt < time || (pt === time && (seqs[p] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[p] as number;
      payloads[i] = payloads[p] as number;
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    payloads[i] = b * B_SCALE + a * KIND_BITS + kind;
  }

  /** Time of the next event, or Infinity when empty. */
  peekTime(): number {
    return this.count === 0 ? Infinity : (this.times[0] as number);
  }

  /** Removes the earliest event into `time`, `kind`, `a`, `b`; false when empty. */
  pop(): boolean {
    const n = this.count;
    if (n === 0) return false;
    const times = this.times;
    const seqs = this.seqs;
    const payloads = this.payloads;
    this.time = times[0] as number;
    const packed = payloads[0] as number;
    const b = Math.floor(packed * B_INVERSE);
    const low = packed - b * B_SCALE;
    this.b = b;
    this.a = low >>> 4;
    this.kind = low & 15;
    const last = n - 1;
    this.count = last;
    if (last === 0) return true;
    const t = times[last] as number;
    const s = seqs[last] as number;
    let i = 0;
    const half = last >> 1;
    // Sift down with a hole: the smaller child moves up until the last event fits.
    while (i < half) {
      let c = 2 * i + 1;
      let ct = times[c] as number;
      let cs = seqs[c] as number;
      const r = c + 1;
      if (r < last) {
        const rt = times[r] as number;
        if (rt < ct || (rt === ct && (seqs[r] as number) < cs)) {
          c = r;
          ct = rt;
          cs = seqs[r] as number;
        }
      }
      if (t < ct || (t === ct && s < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      payloads[i] = payloads[c] as number;
      i = c;
    }
    times[i] = t;
    seqs[i] = s;
    payloads[i] = payloads[last] as number;
    return true;
  }
}
