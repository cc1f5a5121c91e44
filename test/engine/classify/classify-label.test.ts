// Node labels: the real corpus table, the rules behind it, and labels in French and Spanish.
import { describe, expect, it } from 'vitest';
import { classifyLabel, mentionedKinds } from '../../../src/engine/classify/classify-label.ts';
import { CORPUS_LABELS } from '../../fixtures/corpus-labels.ts';
import type { LabelCase } from '../../fixtures/corpus-labels.ts';
import { loadVocabulary } from './load-vocabulary.ts';

const vocab = loadVocabulary();

function expected([, kind, role = null, members = 1]: LabelCase) {
  return { kind, role, members };
}

describe('classifyLabel on real corpus labels', () => {
  it('has a table of at least 150 distinct labels', () => {
    expect(CORPUS_LABELS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS_LABELS.map(([label]) => label)).size).toBe(CORPUS_LABELS.length);
  });

  it.each(CORPUS_LABELS.map((c) => [c[0], c] as const))('%j', (label, c) => {
    expect(classifyLabel(label, vocab)).toMatchObject(expected(c));
  });
});

const RULES: readonly LabelCase[] = [
  // a host word naming a component is the component; the host is inferred elsewhere
  ['Server 1 (Nginx)', 'web-server'],
  ['Server 1', 'server'],
  ['Sumo Logic collector', 'monitoring-agent'],
  ['Sumo Logic', 'monitoring-service'],
  ['Datadog agent', 'monitoring-agent'],
  ['HAProxy LB1', 'load-balancer'],
  ['FW_DB', 'firewall'],
  ['FW1', 'firewall'],
  ['LB2', 'load-balancer'],
  ['DB1', 'database'],
  ['APP1', 'app-server'],
  // two-letter abbreviations that collide with units, vendors or protocols name nothing
  ['MS SQL Server', 'database'],
  ['Microsoft SQL Server (MS SQL)', 'database'],
  ['Cache 5 ms', 'cache'],
  ['MS', 'unknown'],
  ['MC2', 'unknown'],
  ['WS1', 'unknown'],
  ['WS (websocket) gateway', 'unknown'],
  ['Base de données (MySQL)', 'database'],
  ['Replica DB', 'database', 'replica'],
  ['Slave', 'database', 'replica'],
  ['Primary', 'database', 'primary'],
  ['Primary (Server 1)', 'server'],
  ['MySQL master/slave', 'database', 'cluster', 2],
  ['LB (active/passive)', 'load-balancer', 'cluster', 2],
  // One node of a cluster, with its own role (probe 51: MySQL's "source" and "replica" nodes).
  ['MySQL Cluster - source node', 'database', 'primary'],
  ['MySQL Cluster - replica node', 'database', 'replica'],
  ['HAProxy cluster (active)', 'load-balancer', 'cluster', 2],
  ['MySQL Cluster', 'database', 'cluster', 2],
  ['DB cluster: primary + replica', 'database', 'cluster', 2],
  ['Web Server + App Server', 'server'],
  ['Load Balancer (HAProxy + Nginx)', 'load-balancer'],
  ['App server connects to DB', 'app-server'],
  ['Internet users', 'user'],
  ['Load Balancer (HAProxy) active', 'load-balancer', 'active'],
  ['SSL certificate', 'certificate'],
  ['Redis cache', 'cache'],
  ['Keepalived VIP', 'virtual-ip'],
  // clusters and counts
  ['LB1 & LB2', 'load-balancer', 'cluster', 2],
  ['2x Load balancers', 'load-balancer', 'cluster', 2],
  ['HAProxy LB1/LB2', 'load-balancer', 'cluster', 2],
  ['HAProxy #1 / #2', 'load-balancer', 'cluster', 2],
  ['Load Balancer x3', 'load-balancer', 'cluster', 3],
  ['Two HAProxy', 'load-balancer', 'cluster', 2],
  ['3 Web Servers', 'web-server', 'cluster', 3],
  ['Web Server 1 & 2', 'web-server', 'cluster', 2],
  ['HAProxy (active) / HAProxy (passive)', 'load-balancer', 'cluster', 2],
  ['MySQL Primary / Replica', 'database', 'cluster', 2],
  ['Load balancer pair', 'load-balancer', 'cluster', 2],
  // numbers that are not members
  ['Nginx Port 80/443', 'web-server'],
  ['Server 1 (10.0.0.1)', 'server'],
  ['Web Server 8.8.8.8', 'web-server'],
  ['MySQL Replica 1 slave 8.8.8.8', 'database', 'replica'],
  ['Server 1 \\N 8.8.8.8', 'server'],
  // labels that name nothing
  ['', 'unknown'],
  ['   ', 'unknown'],
  ['???', 'unknown'],
  ['Step 3', 'unknown'],
  ['🚀🔥', 'unknown'],
  ['<b></b>', 'unknown'],
  // markup and entities
  ['<b>Load&nbsp;Balancer</b>', 'load-balancer'],
  ['Nginx<br/>&amp; App', 'server'],
  ['Base de donn&eacute;es', 'database'],
  ['<script>alert(1)</script>Firewall', 'firewall'],
];

describe('classifyLabel rules', () => {
  it.each(RULES.map((c) => [c[0], c] as const))('%j', (label, c) => {
    expect(classifyLabel(label, vocab)).toMatchObject(expected(c));
  });
});

// Not from the corpus (it holds no Spanish diagram): labels written the way learners write them.
const FRENCH_AND_SPANISH: readonly LabelCase[] = [
  ['Pare-feu 2', 'firewall'],
  ['Répartiteur de charge (HAProxy)', 'load-balancer'],
  ['Balanceur de charge', 'load-balancer'],
  ['Serveur web Nginx', 'web-server'],
  ["Serveur d'application", 'app-server'],
  ['Base de données principale', 'database', 'primary'],
  ['Base de données secondaire', 'database', 'replica'],
  ['BDD esclave', 'database', 'replica'],
  ['Certificat SSL', 'certificate'],
  ['Agent de monitoring', 'monitoring-agent'],
  ['Client de surveillance', 'monitoring-agent'],
  ['Navigateur', 'user'],
  ['IP virtuelle', 'virtual-ip'],
  ['Grappe de répartiteurs de charge', 'load-balancer', 'cluster', 2],
  ['Deux HAProxy', 'load-balancer', 'cluster', 2],
  ['Usuario', 'user'],
  ['Navegador web', 'user'],
  ['Cortafuegos 1', 'firewall'],
  ['Balanceador de carga (activo)', 'load-balancer', 'active'],
  ['Balanceador de carga pasivo', 'load-balancer', 'passive'],
  ['Servidor web (Nginx)', 'web-server'],
  ['Servidor de aplicaciones', 'app-server'],
  ['Código fuente', 'code-base'],
  ['Base de datos maestra', 'database', 'primary'],
  ['Base de datos esclava', 'database', 'replica'],
  ['Réplica de lectura', 'database', 'replica'],
  ['Agente de monitoreo', 'monitoring-agent'],
  ['Certificado SSL', 'certificate'],
  ['IP virtual (Keepalived)', 'virtual-ip'],
  ['Clúster de balanceadores', 'load-balancer', 'cluster', 2],
  ['Servidor 1', 'server'],
  ['Servidor 1 (Nginx + Gunicorn)', 'server'],
];

describe('classifyLabel in French and Spanish', () => {
  it.each(FRENCH_AND_SPANISH.map((c) => [c[0], c] as const))('%j', (label, c) => {
    expect(classifyLabel(label, vocab)).toMatchObject(expected(c));
  });
});

describe('membersNamed', () => {
  it('is true only when the label names the members, not for the bare word cluster', () => {
    expect(classifyLabel('HAProxy LB1 & LB2', vocab)).toMatchObject({
      members: 2,
      membersNamed: true,
    });
    expect(classifyLabel('HAProxy Load Balancer Cluster', vocab)).toMatchObject({
      role: 'cluster',
      members: 2,
      membersNamed: false,
    });
    expect(classifyLabel('HAProxy LB1', vocab)).toMatchObject({ members: 1, membersNamed: false });
  });
});

describe('mentionedKinds', () => {
  it('lists what a host label says it runs, real labels from the corpus', () => {
    expect(mentionedKinds('Server 1 (Web + App)', vocab)).toEqual(['app-server', 'web-server']); // 039, 046
    expect(mentionedKinds('App Server A (Nginx + App server + App files)', vocab)).toEqual([
      'code-base',
      'web-server',
    ]); // 142
    // A weak word counts in brackets after a host's name (092), not as the host's own name.
    expect(mentionedKinds('Server 1 (Application)', vocab)).toEqual(['app-server']);
    expect(mentionedKinds('Application Server', vocab)).toEqual([]);
    expect(mentionedKinds('Load Balancer (HAProxy w/ SSL)', vocab)).toEqual([]); // 142
  });

  it('makes a host that lists two kinds or more in brackets the host, and one alone the component', () => {
    const label = 'Server 1 (Nginx, App server, code base, monitoring client)';
    expect(classifyLabel(label, vocab).kind).toBe('server');
    expect(mentionedKinds(label, vocab)).toEqual([
      'app-server',
      'code-base',
      'monitoring-agent',
      'web-server',
    ]);
    expect(classifyLabel('Server 3 (MySQL primary, monitoring client)', vocab).kind).toBe('server');
    expect(classifyLabel('Server 1 (Nginx)', vocab).kind).toBe('web-server');
    expect(classifyLabel('Monitoring agent (Nginx, MySQL)', vocab).kind).toBe('monitoring-agent');
  });

  it('counts the monitoring agents one node stands for, as it counts firewalls', () => {
    for (const label of [
      'Monitoring agents (x3): on the LB, Server 1 and Server 2',
      '3x Monitoring agents',
    ]) {
      expect(classifyLabel(label, vocab), label).toMatchObject({
        kind: 'monitoring-agent',
        members: 3,
      });
    }
    expect(classifyLabel('3x Firewalls', vocab)).toMatchObject({ kind: 'firewall', members: 3 });
    expect(classifyLabel('Monitoring agent', vocab).members).toBe(1);
  });

  it('reads a host naming a chain of parts as the host of them all, a lone arrow still as a break', () => {
    const chain = 'Server 8.8.8.8: Nginx -> Application server -> Code base, MySQL';
    expect(classifyLabel(chain, vocab).kind).toBe('server');
    expect(mentionedKinds(chain, vocab)).toEqual([
      'app-server',
      'code-base',
      'database',
      'web-server',
    ]);
    expect(classifyLabel('DNS (www.foobar.com -> 8.8.8.8)', vocab).kind).toBe('dns');
    expect(classifyLabel('Load balancer -> Server 1', vocab).kind).toBe('load-balancer');
  });
});

describe('parts installed on a component', () => {
  it('yield to the component they are joined to, which names them', () => {
    expect(classifyLabel('HAProxy LB + SSL cert', vocab).kind).toBe('load-balancer');
    expect(mentionedKinds('HAProxy LB + SSL cert', vocab)).toEqual(['certificate']);
    expect(classifyLabel('Nginx + Sumo agent', vocab).kind).toBe('web-server');
    expect(classifyLabel('HAProxy with firewall', vocab).kind).toBe('load-balancer');
  });

  it('stay themselves without a joiner, or joined to what they are not installed on', () => {
    expect(classifyLabel('Monitoring Client - Web Server', vocab).kind).toBe('monitoring-agent'); // s004
    expect(classifyLabel('Sumologic / Prometheus Agent', vocab).kind).toBe('monitoring-agent');
    expect(classifyLabel('SSL certificate', vocab).kind).toBe('certificate');
  });
});

describe('labels that name an absence', () => {
  it('name nothing when the kind follows a negation, and keep what else they name', () => {
    expect(classifyLabel('(no firewall)', vocab).kind).toBe('unknown');
    expect(classifyLabel('sans pare-feu', vocab).kind).toBe('unknown');
    expect(classifyLabel('Server (no monitoring)', vocab).kind).toBe('server');
    expect(mentionedKinds('Server 1 (Nginx, App server, no firewall)', vocab)).toEqual([
      'app-server',
      'web-server',
    ]);
    expect(classifyLabel('Firewall', vocab).kind).toBe('firewall');
  });
});
