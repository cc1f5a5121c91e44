// The future event list: a binary min-heap in parallel typed arrays, ordered by time then insertion number.

/**
 * Each event is (time, kind, a, b): `kind` selects the handler, `a` and `b` are small integers (a node, a request).
 * Ties in time pop in insertion order, so a run never depends on heap layout. `pop` writes the event into the
 * public fields `time`, `kind`, `a`, `b` instead of returning an object: the loop allocates nothing.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
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
    this.kinds = new Int32Array(n);
    this.as = new Int32Array(n);
    this.bs = new Int32Array(n);
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
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(n);
    s.set(this.seqs);
    this.seqs = s;
    const k = new Int32Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const a = new Int32Array(n);
    a.set(this.as);
    this.as = a;
    const b = new Int32Array(n);
    b.set(this.bs);
    this.bs = b;
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
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
      this.kinds[i] = this.kinds[p] as number;
      this.as[i] = this.as[p] as number;
      this.bs[i] = this.bs[p] as number;
      i = p;
    }
    times[i] = time;
    seqs[i] = seq;
    this.kinds[i] = kind;
    this.as[i] = a;
    this.bs[i] = b;
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
    const kinds = this.kinds;
    const as = this.as;
    const bs = this.bs;
    this.time = times[0] as number;
    this.kind = kinds[0] as number;
    this.a = as[0] as number;
    this.b = bs[0] as number;
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
        const rs = seqs[r] as number;
        if (rt < ct || (rt === ct && rs < cs)) {
          c = r;
          ct = rt;
          cs = rs;
        }
      }
      if (t < ct || (t === ct && s < cs)) break;
      times[i] = ct;
      seqs[i] = cs;
      kinds[i] = kinds[c] as number;
      as[i] = as[c] as number;
      bs[i] = bs[c] as number;
      i = c;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = kinds[last] as number;
    as[i] = as[last] as number;
    bs[i] = bs[last] as number;
    return true;
  }
}
