// Mermaid copies its ~1,000-key configuration on every vertex; in Node this finds its config module for the lean reset.
// It reaches Mermaid's internal config module through mermaid.core.mjs's own import of it (no hashed name written here);
// test/platform/mermaid-lean-config.test.ts proves the graphs are identical with and without it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configChunkOf, isConfigModule, leanReset, type ConfigModule } from './mermaid-lean.ts';

/** Absolute path of mermaid.core.mjs, the module `import 'mermaid'` resolves to. */
export function mermaidCorePath(): string {
  const entry = createRequire(import.meta.url).resolve('mermaid');
  return join(dirname(entry), 'mermaid.core.mjs');
}

/** Absolute path of the chunk holding Mermaid's config module, or null when Mermaid's layout is not the expected one. */
export function mermaidConfigChunkPath(): string | null {
  const core = mermaidCorePath();
  const chunk = configChunkOf(readFileSync(core, 'utf8'));
  return chunk === null ? null : join(dirname(core), chunk);
}

async function configModule(): Promise<ConfigModule | null> {
  const path = mermaidConfigChunkPath();
  if (path === null) return null;
  const mod: unknown = await import(pathToFileURL(path).href);
  return isConfigModule(mod) ? mod : null;
}

/** The lean reset on Node's Mermaid (see mermaid-lean.ts), or null when its config module cannot be found. */
export async function leanConfigReset(): Promise<((text: string) => void) | null> {
  const mod = await configModule();
  return mod === null ? null : leanReset(mod);
}
