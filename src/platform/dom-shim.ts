// Gives Node the minimal DOM (linkedom) that Mermaid needs on globalThis before it is imported.
import { parseHTML } from 'linkedom';
import { isCssColor } from './css-color.ts';

let installed = false;

/** Installs window and document on globalThis once; a no-op where a real DOM exists. */
export function installDomShim(): void {
  if (installed || typeof globalThis.document !== 'undefined') {
    installed = true;
    return;
  }
  const { window, document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // Mermaid's sequence parser asks CSS.supports whether `box Aqua Server 1` starts with a colour.
  const CSS = {
    supports: (property: string, value: string) => property === 'color' && isCssColor(value),
  };
  Object.assign(window, { CSS });
  Object.assign(globalThis, { window, document });
  installed = true;
}
