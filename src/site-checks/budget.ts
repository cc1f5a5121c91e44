// The JavaScript a built page ships: its scripts and every module they import (statically or on demand), gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageScripts {
  /** Site paths of the module files, in discovery order; "inline #n" for inline scripts. */
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
  readonly totalGzipBytes: number;
}

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

export function pageScripts(dist: string, pagePath: string): PageScripts {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const files: { path: string; gzipBytes: number }[] = [];
  const seen = new Set<string>();
  const visit = (sitePath: string): void => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const file = join(dist, sitePath);
    if (!existsSync(file)) return;
    const code = readFileSync(file, 'utf8');
    files.push({ path: sitePath, gzipBytes: gz(code) });
    for (const spec of importsOf(code))
      visit(spec.startsWith('/') ? spec : posix.join(posix.dirname(sitePath), spec));
  };
  let inline = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    if (src) {
      visit(src);
    } else if ((m[2] ?? '').trim() !== '') {
      inline += 1;
      files.push({ path: `inline #${inline}`, gzipBytes: gz(m[2] ?? '') });
      for (const spec of importsOf(m[2] ?? '')) visit(spec);
    }
  }
  return { files, totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}
