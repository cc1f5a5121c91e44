// `npm run validate`: held-out agreement with the expert labels (leave-one-author-out, or `--folds k`), beside the in-sample figures.
import { runHeldOut, tally, isProse } from './held-out.ts';
import type { Agreement } from '../fixtures/agreement.ts';

const arg = process.argv.indexOf('--folds');
const folds = arg >= 0 ? Number(process.argv[arg + 1]) : 0;
const verbose = process.argv.includes('--verbose');

const run = await runHeldOut(folds);
const pct = (a: number, b: number): string =>
  b === 0 ? '   -' : ((100 * a) / b).toFixed(1).padStart(5);
const line = (name: string, inS: Agreement, held: Agreement): string =>
  `${name.padEnd(30)} in sample ${pct(inS.agreed, inS.decided)}%  held out ${pct(held.agreed, held.decided)}%  (${held.agreed}/${held.decided})`;

const inS = tally(run.inSample);
const held = tally(run.heldOut);
console.log(
  `held-out validation: ${folds > 0 ? `${folds}-fold by author (seed 42)` : 'leave-one-author-out'}, ${run.pruned.length} folds; ` +
    `per fold the vocabulary terms and concept phrasings only its authors attest are removed`,
);
const terms = run.pruned.reduce((s, p) => s + p.terms.length, 0);
const phrases = run.pruned.reduce((s, p) => s + p.phrases.length, 0);
console.log(
  `  entries removed over all folds: ${terms} vocabulary terms, ${phrases} concept phrasings`,
);
for (const id of [...inS.perCriterion.keys()].sort()) {
  const a = inS.perCriterion.get(id);
  const b = held.perCriterion.get(id);
  if (!a || !b) continue;
  console.log(
    `  ${id.padEnd(28)} in sample ${pct(a.agreed, a.total)}%  held out ${pct(b.agreed, b.total)}%  (${b.agreed}/${b.total})`,
  );
}
console.log(
  line(
    'diagram criteria',
    tally(run.inSample, (c) => !isProse(c)),
    tally(run.heldOut, (c) => !isProse(c)),
  ),
);
console.log(line('prose criteria', tally(run.inSample, isProse), tally(run.heldOut, isProse)));
console.log(line('overall', inS, held));
const fp = (a: Agreement): string =>
  `${a.falsePasses} (${pct(a.falsePasses, a.passOrFail).trim()}% of ${a.passOrFail})`;
console.log(`  false passes                 in sample ${fp(inS)}  held out ${fp(held)}`);
const missed = (a: Agreement, label: string, verdict: string): number =>
  a.disagreements.filter((d) => d.label === label && d.verdict === verdict).length;
console.log(
  `  confident wrong fails        in sample ${missed(inS, 'pass', 'fail')}  held out ${missed(held, 'pass', 'fail')}` +
    `  (labelled pass, graded fail); sent to review instead of decided: in sample ${missed(inS, 'pass', 'review') + missed(inS, 'fail', 'review')}  held out ${missed(held, 'pass', 'review') + missed(held, 'fail', 'review')}`,
);
if (verbose)
  for (const p of run.pruned)
    if (p.terms.length + p.phrases.length > 0)
      console.log(
        `  fold ${p.fold} (${p.ids.join(' ')}) loses: ${[...p.terms, ...p.phrases.map((x) => `"${x}"`)].join(', ')}`,
      );
if (verbose)
  for (const d of held.disagreements)
    console.log(
      `  miss ${d.file} ${d.criterion}: label ${d.label}, grader ${d.verdict} — ${d.message}`,
    );
