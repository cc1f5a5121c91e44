// A light English suffix stripper: a phrasing's plain word also matches its inflections (replicate ~ replicates, replicated).

/** Words this long or shorter are kept as written ("ms", "lbs", "uses", "fail" stay themselves). */
const KEEP_LENGTH = 4;
/** Shortest stem a suffix may leave; it must also hold a vowel ("https" is not "http" + s). */
const MIN_STEM = 3;
const VOWEL = /[aeiouy]/;
const LETTERS = /^[a-z]+$/;
/** Last letters a suffix can end with (s, d, g, n, e, y): other words are kept without a closer look. */
const SUFFIX_ENDS = new Set(['s', 'd', 'g', 'n', 'e', 'y']);

/** `w` without its last `cut` letters, then `add`, when that leaves a stem worth keeping; otherwise null. */
function cut(w: string, cut: number, add = ''): string | null {
  const rest = w.slice(0, w.length - cut);
  return rest.length >= MIN_STEM && VOWEL.test(rest) ? rest + add : null;
}

/** A doubled final consonant left by a suffix made single ("running" -> "runn" -> "run"); ll, ss, zz kept. */
function undouble(w: string): string {
  const last = w.charAt(w.length - 1);
  return w.length > MIN_STEM && last === w.charAt(w.length - 2) && !/[aeiouylsz]/.test(last)
    ? w.slice(0, -1)
    : w;
}

/** One suffix removed, or the word itself when none applies. */
function strip(w: string): string {
  if (w.endsWith('ies') || w.endsWith('ied')) return cut(w, 3, 'y') ?? w;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(?:ch|sh|x|zz)es$/.test(w)) return cut(w, 2) ?? w;
  if (w.endsWith('s')) return /(?:ss|us|is)$/.test(w) ? w : (cut(w, 1) ?? w);
  if (w.endsWith('ing')) return undoubleOr(cut(w, 3), w);
  if (w.endsWith('ed')) return w.endsWith('eed') ? w : undoubleOr(cut(w, 2), w);
  // No "-er" rule: it would make "server" the stem of "serve", "serves", "serving" (measured: a false pass).
  if (/[ts]ion$/.test(w)) return cut(w, 3) ?? w;
  // Adverbs: "alternately" ~ "alternate", "equally" ~ "equal"; not "apply", "reply", "assembly", "anomaly".
  if (w.length >= 7 && /[^aioubpy]ly$/.test(w)) return cut(w, 2) ?? w;
  if (w.endsWith('e') && !w.endsWith('ee')) return cut(w, 1) ?? w;
  return w;
}

function undoubleOr(stemmed: string | null, w: string): string {
  return stemmed === null ? w : undouble(stemmed);
}

/**
 * The stem of a lowercased word: suffixes (s, es, ies, ed, ing, -tion/-sion, -ly, a final e) removed until
 * none applies, so that "replicate", "replicates", "replicated", "replicating", "replication" and
 * "alternately" ~ "alternating" share one.
 * Words of four letters or fewer, and words with other than the letters a-z, are kept as written.
 */
export function stem(word: string): string {
  if (word.length <= KEEP_LENGTH) return word;
  const known = memo.get(word);
  if (known !== undefined) return known;
  const found = stemOf(word);
  if (memo.size < MEMO_WORDS) memo.set(word, found);
  return found;
}

/** Stems already found, by word (bounded: past it, words are stemmed each time). */
const memo = new Map<string, string>();
const MEMO_WORDS = 50_000;

function stemOf(word: string): string {
  let w = word;
  for (;;) {
    if (w.length <= KEEP_LENGTH || !SUFFIX_ENDS.has(w.charAt(w.length - 1)) || !LETTERS.test(w))
      return w;
    const next = strip(w);
    if (next === w) return w;
    w = next;
  }
}
