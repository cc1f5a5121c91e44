// The zod schemas rules share for their parameters: node kinds and roles as the topology model names them.
import { z } from 'zod';
import { NODE_KINDS, ROLES, type NodeKind } from '../../topology/model.ts';

export const kindSchema = z.enum(NODE_KINDS);
export const kindsSchema = z.array(kindSchema).min(1);
export const roleSchema = z.enum(ROLES);

const NAMES: Readonly<Record<NodeKind, readonly [string, string]>> = {
  user: ['user', 'users'],
  dns: ['DNS', 'DNS nodes'],
  internet: ['Internet', 'Internet nodes'],
  firewall: ['firewall', 'firewalls'],
  'load-balancer': ['load balancer', 'load balancers'],
  'virtual-ip': ['virtual IP', 'virtual IPs'],
  'web-server': ['web server', 'web servers'],
  'app-server': ['application server', 'application servers'],
  'code-base': ['code base', 'code bases'],
  database: ['database', 'databases'],
  cache: ['cache', 'caches'],
  'monitoring-agent': ['monitoring client', 'monitoring clients'],
  'monitoring-service': ['monitoring service', 'monitoring services'],
  certificate: ['SSL certificate', 'SSL certificates'],
  server: ['server', 'servers'],
  unknown: ['component', 'components'],
};

/** "load balancer" / "web servers or servers": the words a learner reads for kinds and a count. */
export function kindWords(kinds: readonly NodeKind[], count = 1): string {
  return kinds.map((k) => NAMES[k][count === 1 ? 0 : 1]).join(' or ');
}
