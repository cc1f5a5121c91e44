// Rule `monitored` (s2.monitoring-service), graded through the task 2 rubric: agents linked to the service.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

async function monitored(text: string): Promise<string> {
  return (await criterion(grader, '2', text, 's2.monitoring-service')).verdict;
}

const ascii = (arrow: string): string =>
  [
    '```',
    '+---------------------------+',
    '| Server 1                  |',
    '|  +-------+  +-----------+ |',
    '|  | Nginx |  | mon agent | |',
    '|  +-------+  +-----------+ |',
    '+---------------------------+',
    arrow,
    '             v',
    '      +------------+',
    '      | Sumo Logic |',
    '      +------------+',
    '```',
    '',
  ].join('\n');

describe('monitoring clients inside a server box', () => {
  it('send their data along the arrow that leaves the box', async () => {
    expect(await monitored(ascii('             |'))).toBe('pass');
  });

  it('send nothing when no arrow leaves the box', async () => {
    expect(await monitored(ascii(''))).not.toBe('pass');
  });

  it('in a Mermaid subgraph, send along the arrow from the subgraph', async () => {
    const text =
      '```mermaid\nflowchart LR\n  subgraph S1[Server 1]\n    N[Nginx]\n    A[Monitoring agent]\n  end\n  S1 --> SL[Sumo Logic]\n```\n';
    expect(await monitored(text)).toBe('pass');
  });

  it('send along the arrow from a box around the server box (a firewall drawn around it)', async () => {
    const text =
      '```mermaid\nflowchart LR\n  subgraph FW2[Firewall 2]\n    subgraph S1[Server 1]\n      N[Nginx]\n      A[Monitoring agent]\n    end\n  end\n  FW2 --> SL[Sumo Logic]\n```\n';
    expect(await monitored(text)).toBe('pass');
  });
});
