// Whether a label names a kind by one of its own words, not a weak one: "SSL cert on the LB" names a certificate, "HTTPS" does not.
import type { NodeKind } from '../topology/model.ts';
import { compileVocabulary } from './compile-vocabulary.ts';
import { tokenize } from './normalize.ts';
import { findMatches } from './term-matcher.ts';
import type { Vocabulary } from './vocabulary-schema.ts';

export function namesKindStrongly(label: string, kind: NodeKind, vocab: Vocabulary): boolean {
  const c = compileVocabulary(vocab);
  return findMatches(tokenize(label), c.kinds).some((m) => m.value === kind && !m.weak);
}
