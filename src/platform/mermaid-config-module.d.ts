// The module the build's Vite plugin (src/build/mermaid-config-plugin.ts) resolves to Mermaid's own config chunk.
declare module 'virtual:scaleup/mermaid-config' {
  const config: unknown;
  export = config;
}
