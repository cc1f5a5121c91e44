// Analytic queueing results the simulator is checked against: M/M/1 and M/M/c (Erlang C), Little's law.

/** Typed error for parameters outside a formula's domain (an unstable queue has no steady state). */
export class QueueingDomainError extends Error {
  override readonly name = 'QueueingDomainError';
  readonly arrivalRate: number;
  readonly serviceRate: number;
  readonly servers: number;

  constructor(arrivalRate: number, serviceRate: number, servers: number) {
    super(
      `no steady state: arrival rate ${arrivalRate} >= ${servers} x service rate ${serviceRate}`,
    );
    this.arrivalRate = arrivalRate;
    this.serviceRate = serviceRate;
    this.servers = servers;
  }
}

/** Probability that an arrival waits in an M/M/c queue (Erlang's C formula). */
export function erlangC(servers: number, arrivalRate: number, serviceRate: number): number {
  const a = arrivalRate / serviceRate;
  if (arrivalRate <= 0) return 0;
  if (a >= servers || servers < 1) throw new QueueingDomainError(arrivalRate, serviceRate, servers);
  // Summed with a running term a^k/k! so large c does not overflow factorials.
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k += 1) {
    term *= a / k;
    sum += term;
  }
  const last = (term * a) / servers;
  const tail = last * (servers / (servers - a));
  return tail / (sum + tail);
}

export interface QueueFigures {
  /** Mean time in system (wait + service), seconds. */
  readonly meanResponse: number;
  /** Mean wait before service, seconds. */
  readonly meanWait: number;
  /** Mean number in system (Little's law: arrival rate x mean response). */
  readonly meanInSystem: number;
  /** Server utilisation. */
  readonly utilisation: number;
}

export function mmc(servers: number, arrivalRate: number, serviceRate: number): QueueFigures {
  const wait = erlangC(servers, arrivalRate, serviceRate) / (servers * serviceRate - arrivalRate);
  const response = wait + 1 / serviceRate;
  return {
    meanResponse: response,
    meanWait: wait,
    meanInSystem: arrivalRate * response,
    utilisation: arrivalRate / (servers * serviceRate),
  };
}

export function mm1(arrivalRate: number, serviceRate: number): QueueFigures {
  return mmc(1, arrivalRate, serviceRate);
}
