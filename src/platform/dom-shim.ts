// Gives Node the minimal DOM (linkedom) that Mermaid needs on globalThis before it is imported.
import { parseHTML } from 'linkedom';

let installed = false;

/** Installs window and document on globalThis once; a no-op where a real DOM exists. */
export function installDomShim(): void {
  if (installed || typeof globalThis.document !== 'undefined') {
    installed = true;
    return;
  }
  const { window, document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  Object.assign(globalThis, { window, document });
  installed = true;
}
