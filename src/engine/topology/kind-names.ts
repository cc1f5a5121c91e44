// What a learner reads for each node kind, singular and plural ("load balancer", "load balancers").
import type { NodeKind } from './model.ts';

export const KIND_NAMES: Readonly<Record<NodeKind, readonly [string, string]>> = {
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
