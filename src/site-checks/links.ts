// Finds broken internal links in a built site: every href/src to this site must name a file or page that exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  readonly page: string;
  readonly target: string;
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

function resolves(dist: string, path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (clean === '' || clean === '/') return existsSync(join(dist, 'index.html'));
  const target = join(dist, clean);
  if (!target.startsWith(dist)) return false;
  if (existsSync(target) && statSync(target).isFile()) return true;
  return existsSync(join(target, 'index.html'));
}

/** Links starting with "/" (or relative ones) that lead nowhere in `dist`; external links are not followed. */
export function brokenLinks(dist: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const page = `/${relative(dist, file)}`;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = (m[1] ?? '').replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|data:|#|javascript:)/i.test(raw) || raw.startsWith('//')) continue;
      const absolute = raw.startsWith('/') ? raw : new URL(raw, `https://site${page}`).pathname;
      if (!resolves(dist, absolute)) broken.push({ page, target: raw });
    }
  }
  return broken;
}
