// Escaping for markup: HTML/XML text and attributes, and Markdown inline text.
import { safeLine, safeText } from './safe-text.ts';

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\n': '&#10;',
};

/** Safe text (controls and bidi overrides removed) escaped for HTML or XML element content. */
export function escapeMarkup(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Safe text escaped for a quoted HTML or XML attribute; line breaks kept as `&#10;`. */
export function escapeAttribute(text: string): string {
  return safeText(text).replace(/[&<>"'\n]/g, (c) => XML_ENTITIES[c] ?? c);
}

/**
 * Punctuation Markdown could read as inline syntax: emphasis, links, code spans, table columns,
 * strikethrough, heading closers. Block syntax needs a line start, which escaped text never has.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~#]/g;

/**
 * One line of text that Markdown shows literally: HTML metacharacters become entities
 * (so nothing renders as HTML) and Markdown punctuation, pipes and backticks included, is
 * backslash-escaped (so nothing becomes a link, code span, emphasis or a table column).
 */
export function escapeMarkdown(text: string): string {
  return safeLine(text)
    .replace(/[&<>]/g, (c) => XML_ENTITIES[c] ?? c)
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}
