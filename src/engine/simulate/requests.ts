// Requests in flight as parallel typed arrays with recycled slots, and the integer ring queues of the stations.

/** Typed error: a request slot was released twice, or a free slot was used (a lost or duplicated request). */
export class RequestLifecycleError extends Error {
  override readonly name = 'RequestLifecycleError';
  readonly slot: number;

  constructor(slot: number) {
    super(`request slot ${slot} released while not in use`);
    this.slot = slot;
  }
}

export class RequestPool {
  start = new Float64Array(0);
  /** Time it reached its current node (queueing and node latency). */
  reached = new Float64Array(0);
  /** Return trip latency accumulated on the way in. */
  back = new Float64Array(0);
  /** Time to spend before the next send leaves (a handshake, a balancer's processing). */
  hold = new Float64Array(0);
  serial = new Float64Array(0);
  cls = new Uint8Array(0);
  client = new Int32Array(0);
  key = new Int32Array(0);
  /** Epoch of the node serving it (a kill changes the node's epoch). */
  epoch = new Int32Array(0);
  /** Load balancer server slot holding a connection for it, or -1. */
  lbSlot = new Int32Array(0);
  /** The node that sent it over its last link (it answers with the error when the next one fails). */
  from = new Int32Array(0);
  /** Time-series bin it started in. */
  bin = new Int32Array(0);
  /** Links crossed so far (a safety net against routing loops). */
  hops = new Uint8Array(0);
  private free = new Int32Array(0);
  /** 1 while a slot holds a request in flight. */
  private inUse = new Uint8Array(0);
  private freeCount = 0;
  private used = 0;
  live = 0;
  created = 0;

  constructor(capacity = 1024) {
    this.resize(capacity);
  }

  private resize(n: number): void {
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.start = f64(this.start);
    this.reached = f64(this.reached);
    this.back = f64(this.back);
    this.hold = f64(this.hold);
    this.serial = f64(this.serial);
    const u8 = (a: Uint8Array) => {
      const b = new Uint8Array(n);
      b.set(a);
      return b;
    };
    this.cls = u8(this.cls);
    this.hops = u8(this.hops);
    this.client = i32(this.client);
    this.key = i32(this.key);
    this.epoch = i32(this.epoch);
    this.lbSlot = i32(this.lbSlot);
    this.bin = i32(this.bin);
    this.from = i32(this.from);
    this.free = i32(this.free);
    const inUse = new Uint8Array(n);
    inUse.set(this.inUse);
    this.inUse = inUse;
  }

  alloc(): number {
    let r: number;
    if (this.freeCount > 0) {
      this.freeCount -= 1;
      r = this.free[this.freeCount] as number;
    } else {
      if (this.used === this.start.length) this.resize(this.start.length * 2);
      r = this.used;
      this.used += 1;
    }
    this.inUse[r] = 1;
    this.serial[r] = this.created;
    this.created += 1;
    this.live += 1;
    return r;
  }

  release(r: number): void {
    if (this.inUse[r] !== 1) throw new RequestLifecycleError(r);
    this.inUse[r] = 0;
    this.free[this.freeCount] = r;
    this.freeCount += 1;
    this.live -= 1;
  }
}

/** A FIFO of integers that grows as needed. */
export class IntRing {
  private buf = new Int32Array(16);
  private head = 0;
  length = 0;

  push(x: number): void {
    if (this.length === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      for (let i = 0; i < this.length; i += 1)
        b[i] = this.buf[(this.head + i) % this.buf.length] as number;
      this.buf = b;
      this.head = 0;
    }
    this.buf[(this.head + this.length) % this.buf.length] = x;
    this.length += 1;
  }

  shift(): number {
    const x = this.buf[this.head] as number;
    this.head = (this.head + 1) % this.buf.length;
    this.length -= 1;
    return x;
  }

  /** Empties the queue into `out` (in order). */
  drain(out: number[]): void {
    while (this.length > 0) out.push(this.shift());
  }
}
