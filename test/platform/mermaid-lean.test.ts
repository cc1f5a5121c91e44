// The platform-free half of the lean Mermaid configuration: finding the config chunk, and the reset built on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  configChunkOf,
  isConfigModule,
  leanReset,
  type ConfigModule,
} from '../../src/platform/mermaid-lean.ts';
import { mermaidConfigChunkPath, mermaidCorePath } from '../../src/platform/mermaid-lean-config.ts';

/** A config module that records what it was reset to. */
function recorder(config: Record<string, unknown>): ConfigModule & { last: unknown } {
  const mod = {
    last: undefined as unknown,
    getConfig: () => config,
    reset: (c?: Record<string, unknown>) => {
      mod.last = c;
    },
  };
  return mod;
}

describe('lean Mermaid configuration, platform-free', () => {
  it('finds the chunk that mermaid.core.mjs imports reset and getConfig from', () => {
    const chunk = configChunkOf(readFileSync(mermaidCorePath(), 'utf8'));
    expect(chunk).toMatch(/^\.\/chunks\/[\w./-]+\.mjs$/);
    expect(mermaidConfigChunkPath()).toMatch(/chunks[\\/].+\.mjs$/);
  });

  it('finds nothing in a module that imports them from different places', () => {
    const source =
      'import { reset } from "./chunks/a.mjs";\nimport { getConfig } from "./chunks/b.mjs";';
    expect(configChunkOf(source)).toBeNull();
    expect(configChunkOf('import { reset, getConfig } from "./chunks/c.mjs";')).toBe(
      './chunks/c.mjs',
    );
  });

  it('tells a config module from anything else', () => {
    expect(isConfigModule(recorder({}))).toBe(true);
    expect(isConfigModule({})).toBe(false);
    expect(isConfigModule(null)).toBe(false);
  });

  it('keeps the scalars and the one section the diagram header names', () => {
    const mod = recorder({
      theme: 'default',
      flowchart: { curve: 'basis' },
      sequence: { mirrorActors: true },
      gantt: { barHeight: 20 },
    });
    const lean = leanReset(mod);
    lean('sequenceDiagram\n  A->>B: hi');
    expect(mod.last).toEqual({ theme: 'default', sequence: { mirrorActors: true } });
    lean('graph LR\n  A --> B');
    expect(mod.last).toEqual({ theme: 'default', flowchart: { curve: 'basis' } });
    lean('%% no header');
    expect(mod.last).toEqual({
      theme: 'default',
      flowchart: { curve: 'basis' },
      sequence: { mirrorActors: true },
    });
  });
});
