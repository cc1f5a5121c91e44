// The data a task page carries for its design checker, built as the page builds it (quizzes/*.yaml → JSON → zod).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { designCheckData } from '../../src/build/design-check-data.ts';
import { scriptJson } from '../../src/build/simulation-block.ts';
import {
  parseDesignCheckData,
  type DesignCheckData,
  type DesignCheckJson,
} from '../../src/islands/design-check-data.ts';
import { QUIZZES_DIR } from '../../src/platform/node-data.ts';

/** The texts of quizzes/*.yaml keyed "quizzes/<file>", as DesignCheck.astro collects them. */
export function quizzesTexts(): Map<string, string> {
  return new Map(
    readdirSync(QUIZZES_DIR)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [`quizzes/${f}`, readFileSync(join(QUIZZES_DIR, f), 'utf8')]),
  );
}

/** What the browser reads from the page's <script> element, validated as the browser validates it. */
export function pageData(task: string): DesignCheckData {
  const json = scriptJson(designCheckData(task, quizzesTexts()));
  return parseDesignCheckData(JSON.parse(json) as DesignCheckJson);
}
