// Every predict question of quizzes/lessons/*.yaml, checked against the simulator: the lesson that shows the quiz has one
// simulation, that simulation offers the controls the question's `simulate.set` uses, `run` names them as the page labels
// them, and a real run with those settings shows what the correct choice claims (`simulate.expect`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFenceMeta } from '../../src/build/fence-meta.ts';
import { simulationData, type SimulationData } from '../../src/build/simulation-block.ts';
import {
  ALGORITHMS,
  DEFAULT_THRESHOLD,
  LAGS,
  RATE_MAX,
  RATE_MIN,
  RATE_STEP,
} from '../../src/build/simulation-controls-html.ts';
import { simulationControls } from '../../src/build/simulation-controls.ts';
import {
  parseLessonQuiz,
  type LessonQuestion,
  type PredictRun,
} from '../../src/engine/quiz/lesson-quiz-schema.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { readChoices, scenarioOf } from '../../src/islands/simulation-form.ts';
import { outcomeLines } from '../../src/islands/simulation-outcome.ts';
import {
  crossings,
  crossingText,
  staleText,
  webTierQps,
} from '../../src/islands/simulation-results.ts';
import { chartText, eventLines, summaryText } from '../../src/islands/simulation-text.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const QUIZ_DIR = join(ROOT, 'quizzes', 'lessons');
const CONTENT_DIR = join(ROOT, 'content');

/** Form defaults of the lesson simulation (simulation-controls-html.ts): failure and cut at 20 s, promotion at 30 s. */
const DEFAULT_AT = 20;
const DEFAULT_PROMOTE_AT = 30;

interface Page {
  /** Path under content/, e.g. "design/firewalls.mdx". */
  readonly file: string;
  /** The Mermaid text of each ```mermaid fence whose meta holds `simulate`. */
  readonly simulations: readonly string[];
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Lessons by the quiz they show, as the site finds it: the `quiz:` of the front matter (src/content.config.ts). */
function pagesByQuiz(): Map<string, Page[]> {
  const out = new Map<string, Page[]>();
  for (const path of pages(CONTENT_DIR).sort()) {
    const text = readFileSync(path, 'utf8');
    const [, front = ''] = /^---\n([\s\S]*?)\n---\n/.exec(text) ?? [];
    const quiz = (parse(front) as { quiz?: unknown } | null)?.quiz;
    if (typeof quiz !== 'string') continue;
    const simulations = [...text.matchAll(/^```mermaid([^\n]*)\n([\s\S]*?)\n```$/gm)]
      .filter((m) => parseFenceMeta(m[1]?.trim() ?? '').simulate)
      .map((m) => m[2] ?? '');
    const page = { file: relative(CONTENT_DIR, path), simulations };
    out.set(quiz, [...(out.get(quiz) ?? []), page]);
  }
  return out;
}

const PAGES = pagesByQuiz();

interface Predict {
  /** Quiz id, the file name without .yaml. */
  readonly quiz: string;
  readonly index: number;
  readonly question: LessonQuestion;
  readonly run: string;
  readonly simulate: PredictRun;
}

const PREDICTS: Predict[] = readdirSync(QUIZ_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => {
    const quiz = f.replace(/\.yaml$/, '');
    const file = join('quizzes', 'lessons', f);
    return parseLessonQuiz(readFileSync(join(QUIZ_DIR, f), 'utf8'), file).questions.flatMap(
      (question, index) =>
        question.kind === 'predict' && question.simulate && question.run
          ? [{ quiz, index, question, run: question.run, simulate: question.simulate }]
          : [],
    );
  });

const dataCache = new Map<string, Promise<SimulationData>>();
function dataOf(mermaid: string): Promise<SimulationData> {
  let data = dataCache.get(mermaid);
  if (!data) {
    data = ingestText('```mermaid\n' + mermaid + '\n```').then(simulationData);
    dataCache.set(mermaid, data);
  }
  return data;
}

/** Problems with the settings: controls the page does not offer, or that `run` does not name as the page labels them. */
function settingProblems(p: Predict, data: SimulationData): string[] {
  const set = p.simulate.set;
  const c = simulationControls(data.model);
  const last = data.scenario.duration - 1;
  const out: string[] = [];
  const says = (needle: string, what: string): void => {
    if (!p.run.includes(needle)) out.push(`run should name ${what} as ${needle}`);
  };
  const pick = (
    name: 'target' | 'link' | 'promote',
    value: string | undefined,
    offered: readonly (readonly [string, string])[],
  ): void => {
    if (value === undefined) return;
    const label = offered.find(([v]) => v === value)?.[1];
    if (label === undefined)
      out.push(
        `set.${name}: "${value}" is not offered by the page; it offers ${offered.map(([v]) => v).join(', ') || 'none'}`,
      );
    else says(`"${label}"`, `the ${name} control's choice`);
  };
  pick('target', set.target, c.fail);
  pick('link', set.link, c.links);
  pick('promote', set.promote, c.promotable);
  const times: [string, number | undefined, number | null][] = [
    ['at', set.at, DEFAULT_AT],
    ['until', set.until, null],
    ['cutAt', set.cutAt, DEFAULT_AT],
    ['healAt', set.healAt, null],
    ['promoteAt', set.promoteAt, DEFAULT_PROMOTE_AT],
  ];
  for (const [name, value, byDefault] of times) {
    if (value === undefined) continue;
    if (value > last + (byDefault === null ? 1 : 0) || value * 2 !== Math.round(value * 2))
      out.push(`set.${name}: ${value} s is not a time the form accepts (0 to ${last}, step 0.5)`);
    if (value !== byDefault) says(`${value} s`, `set.${name}`);
  }
  if (set.until !== undefined && set.target === undefined) out.push('set.until needs set.target');
  if (set.healAt !== undefined && set.link === undefined) out.push('set.healAt needs set.link');
  if (set.promoteAt !== undefined && set.promote === undefined)
    out.push('set.promoteAt needs set.promote');
  if (set.rate !== undefined) {
    if (set.rate < RATE_MIN || set.rate > RATE_MAX || set.rate % RATE_STEP !== 0)
      out.push(`set.rate: the slider offers ${RATE_MIN} to ${RATE_MAX} in steps of ${RATE_STEP}`);
    if (set.rate !== data.scenario.traffic.rate) says(`${set.rate} requests/s`, 'the traffic');
  }
  const knob = (on: boolean, name: string, offered: boolean, needle: string): void => {
    if (!on) return;
    if (!offered) out.push(`set.${name}: this page's simulation has no such control`);
    else says(needle, `set.${name}`);
  };
  const algorithm = ALGORITHMS.find(([v]) => v === set.algorithm)?.[0] ?? '';
  knob(set.algorithm !== undefined, 'algorithm', c.balancer, algorithm);
  knob(set.lag !== undefined, 'lag', c.replica, `${set.lag ?? ''} s`);
  if (set.lag !== undefined && !LAGS.includes(set.lag))
    out.push(`set.lag: the form offers ${LAGS.join(', ')} s`);
  knob(set.threshold !== undefined, 'threshold', c.monitoring, 'QPS alert threshold');
  if (set.threshold !== undefined && set.threshold !== DEFAULT_THRESHOLD)
    says(`${set.threshold} requests/s`, 'set.threshold');
  knob(set.spike === true, 'spike', c.monitoring, 'traffic spike');
  knob(set.scan === true, 'scan', c.firewall, 'port scan');
  return out;
}

/** The form's fields as the page submits them: its defaults, then the question's settings. */
function fieldsOf(data: SimulationData, set: PredictRun['set']): Map<string, string> {
  const c = simulationControls(data.model);
  const fields = new Map<string, string>([
    ['target', ''],
    ['at', String(DEFAULT_AT)],
    ['until', ''],
    ['rate', String(data.scenario.traffic.rate)],
  ]);
  if (c.links.length > 0) fields.set('link', '').set('cutAt', String(DEFAULT_AT)).set('healAt', '');
  if (c.promotable.length > 0)
    fields.set('promote', '').set('promoteAt', String(DEFAULT_PROMOTE_AT));
  if (c.balancer) fields.set('algorithm', ALGORITHMS[0]?.[0] ?? 'roundrobin');
  if (c.replica) fields.set('lag', String(LAGS[0]));
  if (c.monitoring) fields.set('threshold', String(DEFAULT_THRESHOLD));
  for (const [name, value] of Object.entries(set)) {
    if (typeof value === 'boolean') {
      if (value) fields.set(name, 'on');
      else fields.delete(name);
    } else if (value !== undefined) fields.set(name, String(value));
  }
  return fields;
}

interface Measured {
  readonly availability: number;
  readonly writes: number;
  readonly reads: number;
  readonly staleReads: number;
  readonly p99: number;
  /** Every line the simulation shows: outcome, summary, chart, panels, events. */
  readonly shown: readonly string[];
}

/** Runs the page's simulation with the question's settings, as the page's island does (src/islands/simulation.ts). */
function measure(data: SimulationData, set: PredictRun['set']): Measured {
  const fields = fieldsOf(data, set);
  const choices = readChoices((n) => fields.get(n) ?? null, data.scenario);
  const result = simulate(data.model, scenarioOf(data.scenario, choices));
  const c = simulationControls(data.model);
  const cutKey = choices.cut ? `${choices.cut.a}|${choices.cut.b}` : '';
  const cutLabel = c.links.find(([k]) => k === cutKey)?.[1] ?? cutKey;
  const unit = data.model.units.find((u) => u.name === choices.kill?.target);
  const isBalancer = unit?.nodes.some((n) => data.model.nodes[n]?.role === 'lb') ?? false;
  const duration = data.scenario.duration;
  const shown = [
    ...outcomeLines(result, choices, cutLabel, isBalancer),
    summaryText(result),
    chartText(result),
    ...(c.replica ? [staleText(result, choices.lag ?? LAGS[0] ?? 0)] : []),
    ...(c.monitoring
      ? crossingText(
          crossings(
            webTierQps(data.model, result, duration),
            result.series.bin,
            choices.threshold ?? 1,
          ),
          choices.threshold ?? 1,
        )
      : []),
    ...eventLines(result),
  ];
  const s = result.summary;
  const share = (k: 'read' | 'write'): number =>
    s.byClass[k].requests === 0 ? 100 : (s.byClass[k].succeeded / s.byClass[k].requests) * 100;
  return {
    availability: s.availability * 100,
    writes: share('write'),
    reads: share('read'),
    staleReads: s.staleReads,
    p99: s.p99 * 1000,
    shown,
  };
}

/** What the run contradicts in the expectation, in words (empty: the correct choice is what the simulator does). */
function outcomeProblems(m: Measured, e: PredictRun['expect']): string[] {
  const out: string[] = [];
  const bands: [keyof PredictRun['expect'] & keyof Measured, string][] = [
    ['availability', '% of requests succeeded'],
    ['writes', '% of writes succeeded'],
    ['reads', '% of reads succeeded'],
    ['staleReads', 'stale reads'],
    ['p99', 'ms p99 latency'],
  ];
  for (const [key, unit] of bands) {
    const band = e[key];
    const value = m[key];
    if (band && typeof value === 'number' && !(value >= band[0] && value <= band[1]))
      out.push(
        `${key}: expected ${band[0]} to ${band[1]}, the run gives ${value.toFixed(2)} ${unit}`,
      );
  }
  for (const source of e.shows ?? []) {
    const re = new RegExp(source);
    if (!m.shown.some((line) => re.test(line)))
      out.push(`shows: no line matches /${source}/; the run shows:\n  ${m.shown.join('\n  ')}`);
  }
  return out;
}

function simulationOf(p: Predict): { page: Page; mermaid: string } {
  const found = PAGES.get(p.quiz) ?? [];
  if (found.length !== 1)
    throw new Error(`quiz "${p.quiz}" should be shown by one lesson, found ${found.length}`);
  const page = found[0] as Page;
  if (page.simulations.length !== 1)
    throw new Error(
      `content/${page.file} should hold one simulate fence for "${p.quiz}"'s predict question, found ${page.simulations.length}`,
    );
  return { page, mermaid: page.simulations[0] ?? '' };
}

describe('predict questions', () => {
  it('cover every lesson with a simulation, the original two included', () => {
    const withSimulation = [...PAGES].filter(([, ps]) => ps.some((p) => p.simulations.length > 0));
    const predicted = new Set(PREDICTS.map((p) => p.quiz));
    expect(withSimulation.map(([quiz]) => quiz).filter((q) => !predicted.has(q))).toEqual([]);
    expect([...predicted]).toEqual(expect.arrayContaining(['load-balancer-clustering', 'task-1']));
    expect(predicted.size).toBeGreaterThanOrEqual(8);
  });

  it.each(PREDICTS.map((p) => [`${p.quiz}.yaml question ${p.index + 1}`, p] as const))(
    '%s: the page offers its settings, run names them, and the simulator does what the correct choice says',
    async (_name, p) => {
      expect(p.question.prompt).toMatch(/^Predict before you run it\. /);
      expect(p.question.choices.filter((c) => c.correct)).toHaveLength(1);
      const { mermaid } = simulationOf(p);
      const data = await dataOf(mermaid);
      expect(settingProblems(p, data)).toEqual([]);
      expect(outcomeProblems(measure(data, p.simulate.set), p.simulate.expect)).toEqual([]);
    },
  );

  it('would catch a correct choice the simulator contradicts', async () => {
    const p = PREDICTS.find((q) => q.quiz === 'task-1');
    if (!p) throw new Error('task-1.yaml has no predict question');
    const data = await dataOf(simulationOf(p).mermaid);
    const m = measure(data, p.simulate.set);
    expect(outcomeProblems(m, { availability: [95, 100] })[0]).toMatch(
      /^availability: expected 95 to 100, the run gives \d+\.\d\d % of requests succeeded$/,
    );
    expect(outcomeProblems(m, { shows: ['virtual IP moved'] })[0]).toMatch(/^shows: no line/);
    const wrong: Predict = {
      ...p,
      simulate: { ...p.simulate, set: { target: 'LB9', scan: true } },
    };
    expect(settingProblems(wrong, data)).toEqual([
      'set.target: "LB9" is not offered by the page; it offers DNS, LB, WEB1, APP1, DB1, WEB2, APP2, DB2, S1, S2',
      "set.scan: this page's simulation has no such control",
    ]);
  });
});
