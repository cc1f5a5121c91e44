// The live simulation's build side: the model survives JSON, the controls offer the design's parts, nothing escapes the script.
import { describe, expect, it } from 'vitest';
import {
  failChoices,
  scriptJson,
  simulationData,
  simulationHtml,
} from '../../src/build/simulation-block.ts';
import { simulate } from '../../src/engine/simulate/simulator.ts';
import { ingestText } from '../../src/platform/node-ingest.ts';
import { readSeed, seedNames } from '../fixtures/shared.ts';

describe('lesson simulation block', () => {
  it('gives the same run from the JSON the page carries as from the model itself, on every seed', async () => {
    for (const name of seedNames()) {
      const data = simulationData(await ingestText(readSeed(name)));
      const scenario = { ...data.scenario, duration: 10 };
      const copy = JSON.parse(scriptJson(data)) as typeof data;
      expect(copy).toEqual(data);
      expect(simulate(copy.model, scenario).summary).toEqual(
        simulate(data.model, scenario).summary,
      );
    }
  });

  it('offers the balancers and servers of the design as failures, not the clients', async () => {
    const data = simulationData(await ingestText(readSeed('000_86d5370982dc8fac.txt')));
    const names = failChoices(data.model).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['D1', 'D2']));
    const roles = failChoices(data.model).flatMap(
      ([name]) =>
        data.model.units
          .find((u) => u.name === name)
          ?.nodes.map((n) => data.model.nodes[n]?.role) ?? [],
    );
    expect(roles).not.toContain('client');
  });

  it('keeps "</script>" from closing the JSON, and escapes the title', async () => {
    expect(scriptJson({ label: '</script><b>x</b>' })).not.toContain('<');
    expect(JSON.parse(scriptJson({ label: '</script>' }))).toEqual({ label: '</script>' });
    const ingest = await ingestText(
      '```mermaid\nflowchart LR\n  U[User] --> LB[HAProxy]\n  LB --> W[Nginx web server]\n```',
    );
    const html = simulationHtml(simulationData(ingest), 'd1', 'A </script><test>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('Simulate: A &lt;/script&gt;&lt;test&gt;');
    expect(html).toContain('<option value="LB">HAProxy</option>');
  });
});
