// The measure of the grader: agreement with the expert labels of the vendored corpus, per criterion and overall; ../shared's extra cases are graded and reported.
import { describe, expect, it } from 'vitest';
import { agreementTable, measureAgreement } from '../../fixtures/agreement.ts';

describe('agreement with the expert labels of the corpus', () => {
  it('agrees on at least 90% of labels, with at most 2% false passes', async () => {
    const a = await measureAgreement('corpus');
    console.log(
      `Corpus agreement (expert labels, test/fixtures/shared/corpus/labels.json)\n${agreementTable(a)}`,
    );
    expect(a.decided).toBeGreaterThan(1500);
    expect(a.agreed / a.decided).toBeGreaterThanOrEqual(0.9);
    expect(a.falsePasses / a.passOrFail).toBeLessThanOrEqual(0.02);
  });

  it('grades every extra labelled case ../shared adds, and reports its agreement', async () => {
    const a = await measureAgreement('extra');
    console.log(
      `Extra cases from ../shared (not vendored; no floor: unseen work)\n${agreementTable(a)}`,
    );
    expect(a.disagreements.filter((d) => d.verdict === 'missing')).toEqual([]);
  });
});
