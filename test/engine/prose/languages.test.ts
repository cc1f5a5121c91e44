// Explanations in French and Spanish pass like English ones: concepts.yaml holds the phrasings of the three.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConcepts } from '../../../src/engine/prose/concepts-schema.ts';
import { gradeProse } from '../../../src/engine/prose/grade-prose.ts';
import { splitSections } from '../../fixtures/sections.ts';

const concepts = parseConcepts(
  readFileSync(new URL('../../../quizzes/concepts.yaml', import.meta.url), 'utf8'),
  'quizzes/concepts.yaml',
);
const grade = (id: string, markdown: string) => gradeProse(id, splitSections(markdown), concepts);

describe('explanations in other languages', () => {
  it('passes explanations written in French', () => {
    const markdown = [
      "## Qu'est-ce qu'un serveur ?",
      'Un serveur est un ordinateur qui fournit des services à des clients.',
      '## Type d’enregistrement',
      "www est un enregistrement A qui pointe vers l'IP 8.8.8.8.",
      '## Sécurité',
      "Il n'y a pas de pare-feu et pas de HTTPS : le trafic circule en clair.",
      '## Algorithme',
      'HAProxy utilise le round robin : chaque requête va au serveur suivant, à tour de rôle.',
    ].join('\n');
    for (const id of [
      's0.explain.server',
      's0.explain.dns-record',
      's1.issue.security',
      's1.explain.algorithm',
    ]) {
      expect(grade(id, markdown).verdict, id).toBe('pass');
    }
  });

  it('passes explanations written in Spanish', () => {
    const markdown = [
      '## Cortafuegos',
      'Los cortafuegos filtran el tráfico y bloquean los accesos no autorizados.',
      '## QPS',
      'Para monitorear el QPS se cuentan las peticiones por segundo en los logs de acceso de Nginx.',
      '## Problemas',
      'Terminar SSL en el balanceador: el tráfico entre el balanceador y los servidores viaja sin cifrar.',
      '## Servidor web y servidor de aplicaciones',
      'El servidor web (Nginx) recibe las peticiones HTTP y sirve el contenido estático.',
      'El servidor de aplicaciones ejecuta la lógica de negocio.',
    ].join('\n');
    for (const id of [
      's2.explain.firewall',
      's2.explain.qps',
      's2.issue.ssl-termination',
      's3.explain.web-vs-app',
    ]) {
      expect(grade(id, markdown).verdict, id).toBe('pass');
    }
  });

  it('reads the issue of identical servers and the passive mode in the words of French and Spanish answers', () => {
    const french = [
      '### Des serveurs qui ont tous les mêmes composants',
      'Chaque serveur fait tourner à la fois Nginx, le serveur d’application et MySQL. Ces composants se',
      'disputent le même CPU, la même mémoire et les mêmes disques.',
    ].join('\n');
    expect(grade('s2.issue.identical-servers', french).verdict).toBe('pass');
    const spanish = [
      '### ¿Activo-Activo o Activo-Pasivo?',
      'Nuestro balanceador funciona en modo **Activo-Activo**: los dos servidores reciben tráfico al mismo tiempo.',
      'En un esquema **Activo-Pasivo**, en cambio, solo uno de los servidores atiende las peticiones.',
    ].join('\n');
    expect(grade('s1.explain.active-mode', spanish).verdict).toBe('pass');
  });

  it('still fails a heading on identical servers with no problem said under it', () => {
    const french = [
      '### Des serveurs qui ont tous les mêmes composants',
      'Chaque serveur fait tourner Nginx, le serveur d’application et MySQL.',
    ].join('\n');
    expect(grade('s2.issue.identical-servers', french).verdict).toBe('fail');
  });
});
