// The lean Mermaid configuration, platform-free: which chunk holds Mermaid's config module, and the reset built on it.
// Node (mermaid-lean-config.ts) and the browser build (src/build/mermaid-config-plugin.ts) find the chunk with
// configChunkOf; both adapters install leanReset on the module they loaded.
import { headerKind } from '../engine/ingest/header-kind.ts';

/** The two functions of Mermaid's internal config module that the lean reset uses. */
export interface ConfigModule {
  getConfig(): Record<string, unknown>;
  reset(config?: Record<string, unknown>): void;
}

/** Sections of the configuration that parsing the diagram types the engine reads can consult. */
const KEPT_SECTIONS = new Set(['flowchart', 'sequence', 'architecture']);

/**
 * The relative specifier (`./chunks/mermaid.core/chunk-….mjs`) under which mermaid.core.mjs imports its config
 * module (the one that exports both reset and getConfig), read from that file's source; null when none does.
 */
export function configChunkOf(coreSource: string): string | null {
  for (const m of coreSource.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.\/chunks\/[^"]+)"/g)) {
    const names = m[1] ?? '';
    if (/\breset\b/.test(names) && /\bgetConfig\b/.test(names) && m[2]) return m[2];
  }
  return null;
}

/** Whether an imported module has the config module's two functions. */
export function isConfigModule(mod: unknown): mod is ConfigModule {
  const m = mod as Partial<ConfigModule> | null;
  return typeof m?.reset === 'function' && typeof m.getConfig === 'function';
}

/**
 * A function that makes the current configuration lean before a diagram is parsed (only the section its
 * header names, or all the kept ones when it names none). Call it after Mermaid is initialized.
 */
export function leanReset(mod: ConfigModule): (text: string) => void {
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
