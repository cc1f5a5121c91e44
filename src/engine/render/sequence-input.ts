// Joins what ingest read of a sequence diagram (kinds, protocols) with Mermaid's messages (replies dashed).
import type { MermaidModel } from '../ingest/mermaid-port.ts';
import type { Topology } from '../topology/model.ts';
import type { SequenceDiagram } from './sequence-layout.ts';

type SequenceModel = Extract<MermaidModel, { type: 'sequence' }>;

/**
 * The sequence diagram to draw. `topology` is the ingest of this one diagram (participants are its
 * nodes and messages its edges, in order); `model`, when given, says which messages are replies.
 */
export function sequenceDiagramOf(
  topology: Topology,
  model: SequenceModel | null,
  diagram = 0,
): SequenceDiagram {
  const nodes = topology.nodes.filter((n) => n.diagram === diagram);
  const edges = topology.edges.filter((e) => e.diagram === diagram);
  const messages = edges.map((e, i) => {
    const source = model?.messages[i];
    return {
      from: e.from,
      to: e.to,
      label: e.label,
      dashed: source?.dotted ?? false,
      bidirectional: e.bidirectional,
      protocol: e.protocol,
      encrypted: e.encrypted,
    };
  });
  return { participants: nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind })), messages };
}
