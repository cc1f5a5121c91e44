// The design checker's data: built from quizzes/ at build time, validated in the browser by the CLI's schemas.
import { describe, expect, it } from 'vitest';
import { designCheckData } from '../../src/build/design-check-data.ts';
import { SchemaError } from '../../src/engine/schema/friendly-error.ts';
import { parseDesignCheckData } from '../../src/islands/design-check-data.ts';
import { createNodeGrader } from '../../src/platform/node-grader.ts';
import { pageData, quizzesTexts } from './design-check-fixture.ts';

const TASK1 = '1-distributed_web_infrastructure';

describe('design checker data', () => {
  it('gives each task page the very rubric the CLI loads from quizzes/', () => {
    for (const loaded of createNodeGrader().rubrics) {
      expect(pageData(loaded.rubric.id).rubric).toEqual(loaded.rubric);
    }
  });

  it('names the ids there are when a page asks for a rubric that does not exist', () => {
    expect(() => designCheckData('9-no_such_task', quizzesTexts())).toThrow(
      /no rubric in quizzes\/ has id "9-no_such_task" \(ids: 0-simple_web_stack, .*3-scale_up\)/,
    );
  });

  it('fails the build on a rubric typo, naming the file, the field and the line', () => {
    const texts = quizzesTexts();
    const file = 'quizzes/1-distributed_web_infrastructure.yaml';
    texts.set(file, (texts.get(file) ?? '').replace('rule: fan-out', 'rule: fan-outt'));
    try {
      designCheckData(TASK1, texts);
      expect.unreachable('the typo was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      const e = error as SchemaError;
      expect(e.file).toBe(file);
      expect(e.issues[0]?.line).toBe(21);
      expect(e.issues[0]?.path).toMatch(/^criteria\[1\]/);
    }
  });

  it('rejects broken data in the browser with the schema error of the file it came from', () => {
    const json = designCheckData(TASK1, quizzesTexts());
    const vocabulary = { ...(json.vocabulary as Record<string, unknown>), joiners: [] };
    try {
      parseDesignCheckData({ ...json, vocabulary });
      expect.unreachable('the broken vocabulary was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaError);
      const e = error as SchemaError;
      expect(e.file).toBe('quizzes/vocabulary.yaml');
      expect(e.issues.map((i) => i.path)).toEqual(['joiners']);
    }
  });
});
