// Rule `connected` as task 0's rubric uses it (s0.user): the user must reach the server, not only the DNS.
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeGrader } from '../../../../src/platform/node-grader.ts';
import { criterion, mermaid } from './criterion.ts';

const grader = createNodeGrader();
afterAll(() => grader.close());

const STACK = [
  '  subgraph S [Server 8.8.8.8]',
  '    W[Nginx] --> A[App server] --> D[(MySQL)]',
  '    A --- C[Code base]',
  '  end',
];

async function user(lines: string[]): Promise<string> {
  return (await criterion(grader, '0', mermaid([...STACK, ...lines]), 's0.user')).verdict;
}

describe('s0.user', () => {
  it('fails a user linked only to the DNS, or only to the Internet', async () => {
    expect(await user(['  U[User] --> DNS[DNS www.foobar.com]'])).toBe('fail');
    expect(await user(['  U[User] --> I((Internet))'])).toBe('fail');
  });

  it('passes a user reaching the server directly or through the DNS or the Internet', async () => {
    expect(await user(['  U[User] --> W'])).toBe('pass');
    expect(await user(['  U[User] --> DNS[DNS www.foobar.com] --> S'])).toBe('pass');
    expect(await user(['  U[User] --> I((Internet)) --> W'])).toBe('pass');
  });
});
