// The Vite plugin that hands the browser adapter Mermaid's own config chunk.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MERMAID_CONFIG_ID, mermaidConfigPlugin } from '../../src/build/mermaid-config-plugin.ts';
import { isConfigModule } from '../../src/platform/mermaid-lean.ts';

describe('mermaid config plugin', () => {
  it('resolves the virtual module to the config chunk file, which has reset and getConfig', async () => {
    const plugin = mermaidConfigPlugin();
    const path = plugin.resolveId(MERMAID_CONFIG_ID) ?? '';
    expect(existsSync(path)).toBe(true);
    expect(plugin.load(path)).toBeNull();
    expect(isConfigModule(await import(pathToFileURL(path).href))).toBe(true);
  });

  it('leaves every other module to Vite', () => {
    const plugin = mermaidConfigPlugin();
    expect(plugin.resolveId('mermaid')).toBeNull();
    expect(plugin.load('/src/islands/design-check-boot.ts')).toBeNull();
  });
});
