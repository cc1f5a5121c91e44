// Small integer codes the event loop works with: event kinds, request classes, failure causes, node roles.

export const EV_ARRIVAL = 0;
export const EV_REACH = 1;
export const EV_DONE = 2;
export const EV_COMPLETE = 3;
export const EV_CHECK = 4;
export const EV_ADVERT = 5;
export const EV_VRRP_TIMER = 6;
export const EV_SCRAPE = 7;
export const EV_TIMELINE = 8;
export const EV_PROMOTE = 9;
export const EV_ATTACK = 10;

export const CLASSES = ['static', 'read', 'write'] as const;
export type RequestClass = (typeof CLASSES)[number];
export const STATIC = 0;
export const READ = 1;
export const WRITE = 2;

/** Why a request failed. */
export const CAUSES = [
  'overload',
  'timeout',
  'node-down',
  'no-backend',
  'unreachable',
  'firewall',
  'dns',
  'no-primary',
  'killed',
] as const;
export type Cause = (typeof CAUSES)[number];
export const C_OVERLOAD = 0;
export const C_TIMEOUT = 1;
export const C_NODE_DOWN = 2;
export const C_NO_BACKEND = 3;
export const C_UNREACHABLE = 4;
export const C_FIREWALL = 5;
export const C_DNS = 6;
export const C_NO_PRIMARY = 7;
export const C_KILLED = 8;

/** What a node does with a request of a class once served. */
export const NEXT_RESPOND = 0;
export const NEXT_BALANCE = 1;
export const NEXT_PROXY = 2;
export const NEXT_READ = 3;
export const NEXT_WRITE = 4;
