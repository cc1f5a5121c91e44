// The JavaScript a built page ships, gzipped: what it loads on its own (its scripts and every module they import,
// statically or by import()), and apart from it the on-demand chunks loaded only once the learner acts.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptFile {
  /** Site path of the module file; "inline #n" for an inline script. */
  readonly path: string;
  readonly gzipBytes: number;
}

export interface PageScripts {
  /** What the page loads without the learner doing anything, in discovery order. */
  readonly files: readonly ScriptFile[];
  readonly totalGzipBytes: number;
  /** Modules reached only through an on-demand chunk (every one that could load: an upper bound). */
  readonly onDemand: readonly ScriptFile[];
  readonly onDemandGzipBytes: number;
}

/**
 * Chunks a page imports only after the learner acts, by file name: the design checker's engine (Mermaid, ELK, the
 * grader, the simulator), imported when the learner first focuses the editor (src/islands/design-check-boot.ts).
 */
export const ON_DEMAND_CHUNKS: readonly RegExp[] = [/(^|\/)design-check-engine\.[\w-]+\.js$/];

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Module specifiers a file imports: `from "./x.js"`, `import "./x.js"`, `import("./x.js")`, `import(`${base}pagefind.js`)`. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g))
    found.add(m[1] ?? '');
  for (const m of code.matchAll(
    /import\(\s*(?:\/\*[^*]*\*\/\s*)?`\$\{[^}]+\}([\w./-]+\.js)`\s*\)/g,
  )) {
    const spec = m[1] ?? '';
    found.add(spec.startsWith('pagefind/') ? `/${spec}` : `/pagefind/${spec}`);
  }
  return [...found].filter((s) => s !== '');
}

const sum = (files: readonly ScriptFile[]): number => files.reduce((s, f) => s + f.gzipBytes, 0);

export function pageScripts(dist: string, pagePath: string): PageScripts {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const files: ScriptFile[] = [];
  const onDemand: ScriptFile[] = [];
  const deferred: string[] = [];
  const seen = new Set<string>();
  // First everything the page loads on its own (on-demand entries set aside), then what those entries add.
  const visit = (sitePath: string, into: ScriptFile[]): void => {
    if (seen.has(sitePath)) return;
    if (into === files && ON_DEMAND_CHUNKS.some((re) => re.test(sitePath))) {
      deferred.push(sitePath);
      return;
    }
    seen.add(sitePath);
    const file = join(dist, sitePath);
    if (!existsSync(file)) return;
    const code = readFileSync(file, 'utf8');
    into.push({ path: sitePath, gzipBytes: gz(code) });
    for (const spec of importsOf(code))
      visit(spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec), into);
  };
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    if (src) {
      visit(src, files);
    } else if ((m[2] ?? '').trim() !== '') {
      inline += 1;
      files.push({ path: `inline #${inline}`, gzipBytes: gz(m[2] ?? '') });
      for (const spec of importsOf(m[2] ?? '')) visit(spec, files);
    }
  }
  for (const entry of deferred) visit(entry, onDemand);
  return {
    files,
    totalGzipBytes: sum(files),
    onDemand,
    onDemandGzipBytes: sum(onDemand),
  };
}
