// The terminal report of `scaleup inspect`: diagrams, repairs, errors, nodes by kind, edges, hosts, images, sections.
import type { IngestResult } from '../engine/ingest/ingest.ts';
import { isSoft } from '../engine/prose/section.ts';
import { NODE_KINDS } from '../engine/topology/model.ts';
import { safe } from './terminal-text.ts';

function heading(title: string, count: number): string {
  return `\n${title} (${count})`;
}

/** `## Title` for a Markdown heading, `**Title**` for a bold line read as one. */
function sectionTitle(level: number, title: string): string {
  return isSoft(level) ? `**${title}**` : `${'#'.repeat(Math.max(1, level))} ${title}`;
}

export function inspectText(file: string, r: IngestResult): string {
  const out: string[] = [safe(file, 200)];
  out.push(heading('Diagrams', r.diagrams.length));
  for (const d of r.diagrams) {
    const state = d.readable ? `${d.nodes} nodes, ${d.edges} edges` : 'unreadable';
    out.push(`  #${d.index + 1} ${d.kind} (${d.syntax}) at line ${d.line}: ${state}`);
  }
  if (r.errors.length > 0) {
    out.push(heading('Errors', r.errors.length));
    for (const e of r.errors) {
      out.push(
        `  line ${e.line}, column ${e.column}: ${safe(e.message, 160)}${e.repaired ? ' (repaired)' : ''}`,
      );
    }
  }
  if (r.repairs.length > 0) {
    out.push(heading('Repairs', r.repairs.length));
    for (const rep of r.repairs) out.push(`  line ${rep.line}: ${safe(rep.description, 160)}`);
  }
  out.push(heading('Nodes', r.nodes.length));
  for (const kind of NODE_KINDS) {
    const nodes = r.nodes.filter((n) => n.kind === kind);
    if (nodes.length === 0) continue;
    out.push(`  ${kind} (${nodes.length})`);
    for (const n of nodes) {
      const extra = [
        n.role ? `role ${n.role}` : '',
        n.members ? `${n.members} members` : '',
        n.host ? `on ${safe(n.host, 30)}` : '',
      ].filter((s) => s !== '');
      out.push(
        `    line ${String(n.line).padStart(4)}  ${safe(n.id, 24)}: ${safe(n.label, 50)}${extra.length ? `  [${extra.join(', ')}]` : ''}`,
      );
    }
  }
  out.push(heading('Edges', r.edges.length));
  for (const e of r.edges) {
    const arrow = e.bidirectional ? '<->' : '->';
    const proto = [
      e.protocol ?? '',
      e.encrypted === true ? 'encrypted' : e.encrypted === false ? 'plaintext' : '',
    ]
      .filter((s) => s !== '')
      .join(', ');
    const label = e.label ? ` "${safe(e.label, 40)}"` : '';
    out.push(
      `    line ${String(e.line).padStart(4)}  ${safe(e.from, 24)} ${arrow} ${safe(e.to, 24)}${label}${proto ? `  [${proto}]` : ''}`,
    );
  }
  out.push(heading('Hosts', r.hosts.length));
  for (const h of r.hosts) {
    out.push(
      `    line ${String(h.line).padStart(4)}  ${safe(h.id, 24)}: ${safe(h.label, 40)} runs ${h.members.map((m) => safe(m, 24)).join(', ') || 'nothing it names'}`,
    );
  }
  out.push(heading('Image links', r.images.length));
  for (const i of r.images)
    out.push(`    line ${String(i.line).padStart(4)}  ${i.kind}: ${safe(i.target, 100)}`);
  out.push(heading('Sections', r.sections.length));
  for (const s of r.sections) {
    const words = s.text.split(/\s+/).filter((w) => w !== '').length;
    out.push(
      `    line ${String(s.line).padStart(4)}  ${sectionTitle(s.level, safe(s.heading || '(before the first heading)', 60))} (${words} words)`,
    );
  }
  return `${out.join('\n')}\n`;
}
