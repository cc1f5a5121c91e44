// Finds diagram images and links in prose lines (Markdown, HTML, bare URLs, local paths) and tells their kind.

export type ImageKind = 'remote' | 'relative' | 'local' | 'placeholder' | 'empty';

export interface ImageLink {
  readonly alt: string;
  readonly target: string;
  /** 1-based line in the submission file. */
  readonly line: number;
  readonly kind: ImageKind;
}

const IMAGE_EXT = /\.(png|jpe?g|gif|svg|webp|bmp|tiff?|pdf|drawio|mmd|excalidraw|vsdx)([?#].*)?$/i;
const DIAGRAM_HOSTS = [
  'imgur.com',
  'drive.google.com',
  'docs.google.com',
  'photos.app.goo.gl',
  'lucid.app',
  'lucidchart.com',
  'whimsical.com',
  'draw.io',
  'diagrams.net',
  'figma.com',
  'miro.com',
  'excalidraw.com',
  'tldraw.com',
  'user-images.githubusercontent.com',
  'ibb.co',
  'postimg.cc',
  'zupimages.net',
  'cdn.discordapp.com',
  'media.discordapp.net',
  'prnt.sc',
  'gyazo.com',
  'dropbox.com',
  'onedrive.live.com',
  '1drv.ms',
  'canva.com',
  'creately.com',
  'cloudcraft.co',
  'mermaid.live',
  'mermaid.ink',
];
const PLACEHOLDER =
  /YOUR[_ -]?LINK|LINK[_ -]?HERE|PLACEHOLDER|INSERT[_ -]|^<?(link|url|lien|enlace)>?$|^#$|^\.\.\.$|example\.(com|org)|^TODO\b/i;
const STRONG_PLACEHOLDER = /YOUR[_ -]?LINK|LINK[_ -]?HERE|PLACEHOLDER/i;
const DIAGRAM_WORDS =
  /diagra|image|imagen|picture|screenshot|capture|sch[ée]ma|esquema|whiteboard|link|lien|enlace|imgur|drawio|draw\.io/i;
const MASK = '\ue000';

function hostAndPath(url: string): { host: string; path: string } | null {
  const m = /^(?:https?:)?\/\/([^/?#\s]+)([^\s]*)$/i.exec(url);
  if (!m) return null;
  return { host: (m[1] ?? '').toLowerCase().replace(/:\d+$/, ''), path: m[2] ?? '' };
}

/** A URL that points at a diagram: an image file, or a page of an image or diagram host (not its home page). */
export function isDiagramUrl(url: string): boolean {
  const hp = hostAndPath(url);
  if (!hp) return false;
  const path = hp.path.replace(/[?#].*$/, '');
  if (IMAGE_EXT.test(path)) return true;
  if (hp.host === 'github.com') return /\/(user-attachments|assets)\//.test(path);
  const known = DIAGRAM_HOSTS.some((h) => hp.host === h || hp.host.endsWith(`.${h}`));
  return known && hp.path.replace(/[/#?]+$/, '').length > 1;
}

/** The kind of an image or link target. */
export function imageKind(rawTarget: string): ImageKind {
  const t = rawTarget
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim();
  if (t === '') return 'empty';
  if (PLACEHOLDER.test(t)) return 'placeholder';
  if (/^(https?:)?\/\//i.test(t)) return 'remote';
  if (
    /^file:/i.test(t) ||
    /^[A-Za-z]:[\\/]/.test(t) ||
    /^\\\\/.test(t) ||
    /^~[\\/]/.test(t) ||
    /^\//.test(t)
  ) {
    return 'local';
  }
  if (
    /(^|[\\/])(Downloads|Desktop|Documents|Users|home|T[ée]l[ée]chargements|Descargas)[\\/]/i.test(
      t,
    )
  )
    return 'local';
  return 'relative';
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, d: string) => {
      const n = d[0] === 'x' || d[0] === 'X' ? parseInt(d.slice(1), 16) : Number(d);
      return Number.isSafeInteger(n) && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    })
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

function cleanTarget(raw: string): string {
  return raw
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim();
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?'"*_]+$/, '');
}

const LINK_TARGET = String.raw`\(\s*(<[^>\n]*>|[^)\s]*)(?:\s+["'(][^)]*)?\s*\)`;
const IMAGE_MARKDOWN = new RegExp(String.raw`!\[([^\]]*)\]` + LINK_TARGET, 'g');
const LINK_MARKDOWN = new RegExp(String.raw`\[([^\]]*)\]` + LINK_TARGET, 'g');

/** What every pattern of `imagesInLine` needs: a tag, a link, a URL or a Windows path, a lone word, the placeholder. */
const MAYBE_LINK = /[<[\\]|:\/\/|^\s*\S+\s*$|YOUR[_ -]?LINK[_ -]?HERE/i;

/** The images and diagram links written on one line (`lineNo` is its 1-based number in the file). */
export function imagesInLine(text: string, lineNo: number): ImageLink[] {
  if (!MAYBE_LINK.test(text)) return [];
  const found: { at: number; link: ImageLink }[] = [];
  let line = text;
  /** Replaces each match that `make` accepts by a mask, so later patterns do not read it again. */
  const take = (re: RegExp, make: (groups: string[]) => ImageLink | null): void => {
    line = line.replace(re, (...args: unknown[]) => {
      const groups = args.slice(0, -2).map((a) => (typeof a === 'string' ? a : ''));
      const at = args[args.length - 2] as number;
      const match = groups[0] ?? '';
      const link = make(groups);
      if (!link) return match;
      found.push({ at, link });
      return MASK.repeat(match.length);
    });
  };
  const link = (alt: string, target: string, keep: boolean): ImageLink | null => {
    const clean = cleanTarget(target);
    return keep
      ? { alt: decodeEntities(alt.trim()), target: clean, line: lineNo, kind: imageKind(clean) }
      : null;
  };
  take(/<a\s[^>]*>\s*(<img\s[^>]*>)\s*<\/a>/gi, (m) => {
    const tag = m[1] ?? '';
    return link(attr(tag, 'alt') ?? '', attr(tag, 'src') ?? '', true);
  });
  take(/<img\s[^>]*>/gi, (m) =>
    link(attr(m[0] ?? '', 'alt') ?? '', attr(m[0] ?? '', 'src') ?? '', true),
  );
  take(IMAGE_MARKDOWN, (m) => link(m[1] ?? '', m[2] ?? '', true));
  take(LINK_MARKDOWN, (m) => {
    const alt = m[1] ?? '';
    const t = cleanTarget(m[2] ?? '');
    if (alt.includes(MASK)) return null;
    const kind = imageKind(t);
    const wanted =
      IMAGE_EXT.test(t.replace(/[?#].*$/, '')) ||
      (kind === 'remote' && isDiagramUrl(t)) ||
      (kind === 'placeholder' && STRONG_PLACEHOLDER.test(t)) ||
      ((kind === 'placeholder' || kind === 'empty') && DIAGRAM_WORDS.test(alt));
    return link(alt, t, wanted);
  });
  take(/<((?:https?:)?\/\/[^>\s]+)>/gi, (m) => {
    const url = m[1] ?? '';
    return link('', url, isDiagramUrl(url) || STRONG_PLACEHOLDER.test(url));
  });
  take(/https?:\/\/[^\s<>()"'[\]\ue000]+/gi, (m) => {
    const url = trimUrl(m[0] ?? '');
    return link('', url, isDiagramUrl(url) || STRONG_PLACEHOLDER.test(url));
  });
  take(/(?:file:\/\/\S+|[A-Za-z]:\\[^\ue000]+?\.[A-Za-z0-9]{2,5}(?=\s|$))/g, (m) => {
    const path = trimUrl(m[0] ?? '');
    return link('', path, IMAGE_EXT.test(path) || /^file:/i.test(path));
  });
  take(/^\s*([^\s\ue000]+)\s*$/, (m) => {
    const path = trimUrl(m[1] ?? '');
    return link('', path, IMAGE_EXT.test(path) && /[\\/.]/.test(path) && !/^https?:/i.test(path));
  });
  take(/YOUR[_ -]?LINK[_ -]?HERE/gi, (m) => link('', m[0] ?? '', true));
  return found.sort((a, b) => a.at - b.at).map((f) => f.link);
}
