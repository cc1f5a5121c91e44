// Tests of prose folding: tokens (case, accents, negations, parentheses), sentences, tables, drawings, phrasings.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/prose/normalize.ts';
import { isDrawingLine, toSentences } from '../../../src/engine/prose/sentences.ts';
import { compileIdea, findIdea } from '../../../src/engine/prose/terms.ts';

const words = (text: string): string[] => tokenize(text).map((t) => t.norm);
const texts = (text: string): string[] => toSentences(text).map((s) => s.text);

describe('tokenize', () => {
  it('folds case and accents, splits contractions and elisions, keeps : and ?', () => {
    expect(words("Le serveur n'est pas sécurisé: isn't it?")).toEqual([
      'le',
      'serveur',
      'n',
      'est',
      'pas',
      'securise',
      ':',
      'is',
      'not',
      'it',
      '?',
    ]);
    expect(tokenize('an A record')[1]?.raw).toBe('A');
    expect(words('TCP/IP, active-active, stub_status')).toEqual([
      'tcp',
      'ip',
      'active',
      'active',
      'stub',
      'status',
    ]);
  });

  it('marks words inside parentheses', () => {
    expect(tokenize('metrics (CPU, QPS) and QPS').map((t) => t.inParens)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('toSentences', () => {
  it('keeps list items apart and joins wrapped lines', () => {
    const text =
      '- The load balancer spreads\n  requests over the servers\n- No firewall\n\nA new paragraph. Another sentence, e.g. this one.';
    expect(texts(text)).toEqual([
      'The load balancer spreads requests over the servers',
      'No firewall',
      'A new paragraph.',
      'Another sentence, e.g. this one.',
    ]);
    expect(toSentences(text).map((s) => s.lineIndex)).toEqual([0, 2, 4, 4]);
  });

  it('joins a long line broken mid-phrase to a next line that starts with a capital, but not a short title', () => {
    const wrapped =
      "Dans `www.foobar.com`, `www` est un sous-domaine. Son enregistrement DNS est un **enregistrement\nA** (Address) : il associe le nom à l'adresse.";
    expect(texts(wrapped)).toEqual([
      'Dans www.foobar.com, www est un sous-domaine.',
      "Son enregistrement DNS est un enregistrement A (Address) : il associe le nom à l'adresse.",
    ]);
    expect(texts('Why a load balancer\nA load balancer spreads the requests.')).toEqual([
      'Why a load balancer',
      'A load balancer spreads the requests.',
    ]);
  });

  it('strips Markdown, links and images', () => {
    expect(
      texts('**Server**: a [computer](https://x.y) that `serves` ![img](a.png) <b>pages</b>'),
    ).toEqual(['Server: a computer that serves pages']);
  });

  it('reads a table row with its column headers', () => {
    const table = '| Node | Primary | Replica |\n|---|---|---|\n| Role | writes | reads |';
    expect(texts(table)).toEqual([
      'Node : Primary : Replica',
      'Node Role : Primary writes : Replica reads .',
    ]);
  });

  it('reads a dot leader as a colon and keeps the lines that hang under a definition’s text', () => {
    const definitions = [
      'Server ........ a computer that runs programs',
      '                which serve other machines, the clients.',
      'Domain name ... a name for the IP address.',
      '                        v',
      '                   [ Nginx ]',
    ].join('\n');
    expect(texts(definitions)).toEqual([
      'Server: a computer that runs programs which serve other machines, the clients.',
      'Domain name: a name for the IP address.',
    ]);
  });

  it('skips the lines of drawings', () => {
    for (const line of [
      '+-------+',
      '|  Nginx  |',
      '   │  App  │',
      '        v',
      'A --> B',
      'HAProxy1["HAProxy"]',
      'Load Balancer 1        Load Balancer 2',
    ]) {
      expect(isDrawingLine(line), line).toBe(true);
    }
    for (const line of [
      '- No firewall',
      '+ a list item',
      'Request 1 -> Server 1',
      'The web server (Nginx) serves static files.',
    ]) {
      expect(isDrawingLine(line), line).toBe(false);
    }
  });
});

describe('phrasings', () => {
  const hits = (phrases: string[], text: string, not: string[] = []): string[] => {
    const tokens = tokenize(text);
    return findIdea(tokens, compileIdea('t', phrases, not)).map((h) =>
      tokens
        .slice(h.start, h.end)
        .map((t) => t.norm)
        .join(' '),
    );
  };

  it('supports prefixes, case, gaps, anchors and exclusions', () => {
    expect(hits(['encrypt*'], 'traffic is encrypted')).toEqual(['encrypted']);
    expect(hits(['=A record'], 'an A record, a record of')).toEqual(['a record']);
    expect(hits(['single point ~ failure'], 'a single point of failure')).toEqual([
      'single point of failure',
    ]);
    expect(hits(['^ server $'], 'Server')).toEqual(['server']);
    expect(hits(['^ server $'], 'The server')).toEqual([]);
    expect(hits(['server'], 'the web server and the server', ['web server'])).toEqual(['server']);
  });
});
