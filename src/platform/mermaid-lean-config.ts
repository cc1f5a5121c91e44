// Mermaid copies its ~1,000-key configuration on every vertex; this resets it to a lean one before each parse.
// It reaches Mermaid's internal config module through mermaid.core.mjs's own import of it (no hashed name written here);
// test/platform/mermaid-lean-config.test.ts proves the graphs are identical with and without it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headerKind } from '../engine/ingest/header-kind.ts';

interface ConfigModule {
  getConfig(): Record<string, unknown>;
  reset(config?: Record<string, unknown>): void;
}

/** Sections of the configuration that parsing the diagram types the engine reads can consult. */
const KEPT_SECTIONS = new Set(['flowchart', 'sequence', 'architecture']);

async function configModule(): Promise<ConfigModule | null> {
  const entry = createRequire(import.meta.url).resolve('mermaid');
  const core = join(dirname(entry), 'mermaid.core.mjs');
  const source = readFileSync(core, 'utf8');
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.\/chunks\/[^"]+)"/g)) {
    const names = m[1] ?? '';
    if (/\breset\b/.test(names) && /\bgetConfig\b/.test(names) && m[2]) {
      const mod = (await import(
        pathToFileURL(join(dirname(core), m[2])).href
      )) as Partial<ConfigModule>;
      if (typeof mod.reset === 'function' && typeof mod.getConfig === 'function')
        return mod as ConfigModule;
    }
  }
  return null;
}

/**
 * A function that makes the current configuration lean before a diagram is parsed (only the section its
 * header names, or all the kept ones when it names none), or null when Mermaid's layout is not the expected one.
 */
export async function leanConfigReset(): Promise<((text: string) => void) | null> {
  const mod = await configModule();
  if (!mod) return null;
  const lean = (keep: (key: string) => boolean): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(mod.getConfig())) {
      if (value === null || typeof value !== 'object' || keep(key)) out[key] = value;
    }
    return out;
  };
  const all = lean((key) => KEPT_SECTIONS.has(key));
  const bySection = new Map([...KEPT_SECTIONS].map((name) => [name, lean((key) => key === name)]));
  // Mermaid's configuration sections are named as the engine names these diagram kinds.
  return (text) => mod.reset(bySection.get(headerKind(text)) ?? all);
}
