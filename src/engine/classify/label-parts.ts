// The parts a host label lists, each read on its own: "Server 1 (Nginx, MySQL Primary)" runs a primary database.
import type { NodeKind, Role } from '../topology/model.ts';
import { classifyLabel } from './classify-label.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { tokenize, type Token } from './normalize.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

/** A component a host's label lists, with the role the label gives it. */
export interface ListedRole {
  readonly kind: NodeKind;
  readonly role: Role;
}

/**
 * Words of the label's brackets, cut at joiners, brackets and semicolons (the lines of a label, see label-text.ts):
 * "(Nginx, MySQL Primary)" gives two pieces; brackets inside them stay in their piece ("MySQL (source)"). With no
 * brackets, the whole label is cut at its joiners: "Server 2: Nginx, MySQL Replica" gives "server 2 nginx" and
 * "mysql replica".
 */
function pieces(tokens: readonly Token[], joiners: ReadonlySet<string>): string[] {
  const bracketed = tokens.some((t) => t.depth > 0);
  const out: string[] = [];
  let piece: string[] = [];
  const flush = (): void => {
    if (piece.length > 0) out.push(piece.join(' '));
    piece = [];
  };
  for (const t of tokens) {
    // Brackets inside the list qualify the piece they follow: "(Nginx; MySQL (source))".
    if (bracketed && t.depth > 0 && '()[]{}'.includes(t.text)) continue;
    if ((bracketed && t.depth === 0) || joiners.has(t.text) || '()[]{};'.includes(t.text)) {
      flush();
      continue;
    }
    piece.push(t.text);
  }
  flush();
  return out;
}

/** The roles of the components a label lists ("MySQL Primary", "HAProxy active"), cut as `pieces` cuts them. */
export function listedRoles(label: string, vocab: Vocabulary): ListedRole[] {
  const c = compileVocabulary(vocab);
  const out: ListedRole[] = [];
  for (const piece of pieces(tokenize(label), c.joiners)) {
    const part = classifyLabel(piece, vocab);
    if (part.role === null || part.role === 'cluster' || part.kind === 'unknown') continue;
    if (c.containers.has(part.kind)) continue;
    out.push({ kind: part.kind, role: part.role });
  }
  return out;
}
