// One small line icon per node kind, drawn on a 24-unit grid with the current colour.
import type { NodeKind } from '../topology/model.ts';
import { num } from './svg-text.ts';

/** Path data on a 24 by 24 grid; strokes only, round caps (an `h.01` segment draws a dot). */
export const ICON_PATHS: Readonly<Record<NodeKind, string>> = {
  // a head and shoulders
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4.5 21c0-4.2 3.4-6.5 7.5-6.5s7.5 2.3 7.5 6.5',
  // a signpost: the name points the way
  dns: 'M12 3v18 M9 21h6 M12 5h6.5l2 2.5-2 2.5H12 M12 12H5.5l-2 2.5 2 2.5H12',
  // a cloud
  internet: 'M7 18.5h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 10a4.25 4.25 0 0 0 .8 8.5z',
  // a brick wall
  firewall:
    'M3 5h18v14H3z M3 9.7h18 M3 14.3h18 M9 5v4.7 M15 5v4.7 M6 9.7v4.6 M12 9.7v4.6 M18 9.7v4.6 M9 14.3V19 M15 14.3V19',
  // one stream split into three
  'load-balancer':
    'M2.5 12H8 M8 12c3 0 3-6 6-6h5.5 M8 12h11.5 M8 12c3 0 3 6 6 6h5.5 M17.5 4l2 2-2 2 M17.5 10l2 2-2 2 M17.5 16l2 2-2 2',
  // a pin with a floating address
  'virtual-ip':
    'M12 21.5s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z M10 8.5v4 M12.5 12.5v-4h1.3a1.4 1.4 0 0 1 0 2.8h-1.3',
  // a browser frame
  'web-server':
    'M3 4.5h18v15H3z M3 8.5h18 M5.8 6.5h.01 M8.3 6.5h.01 M10.8 6.5h.01 M6.5 12.5h11 M6.5 15.5h7',
  // a gear
  'app-server':
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M12 18.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13z M12 2.5v3 M12 18.5v3 M2.5 12h3 M18.5 12h3 M5.3 5.3l2.1 2.1 M16.6 16.6l2.1 2.1 M5.3 18.7l2.1-2.1 M16.6 7.4l2.1-2.1',
  // </>
  'code-base': 'M8 7l-5 5 5 5 M16 7l5 5-5 5 M14 4l-4 16',
  // a cylinder
  database:
    'M4.5 6c0-1.7 3.4-3 7.5-3s7.5 1.3 7.5 3-3.4 3-7.5 3-7.5-1.3-7.5-3z M4.5 6v12c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3V6 M4.5 12c0 1.7 3.4 3 7.5 3s7.5-1.3 7.5-3',
  // a lightning bolt: fast memory
  cache: 'M13.5 2.5L5 13.5h6.5l-1 8 8.5-11h-6.5l1-8z',
  // a pulse trace: an agent reporting a heartbeat
  'monitoring-agent': 'M2.5 12.5h4l2-5 4 10 2.5-7 1.5 2h5 M3 4.5h18 M3 20h18',
  // a bar chart
  'monitoring-service': 'M3.5 3.5v17h17 M7.5 16.5v-4 M11.5 16.5v-8 M15.5 16.5v-6 M19.5 16.5V5.5',
  // a padlock
  certificate: 'M5.5 10.5h13v10h-13z M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3 M12 14.5v2.5',
  // a rack of two units
  server: 'M4 3.5h16v7H4z M4 13.5h16v7H4z M7.5 7h.01 M7.5 17h.01 M11 7h5.5 M11 17h5.5',
  // a question in a circle
  unknown:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M9.6 9.2a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1.1.9-1.1 1.6v.6 M12 16.8h.01',
};

/** The icon of a kind as an SVG group at (x, y), `size` pixels square. */
export function iconSvg(kind: NodeKind, x: number, y: number, size: number): string {
  const scale = size / 24;
  return (
    `<g class="su-icon" transform="translate(${num(x)} ${num(y)}) scale(${num(scale)})" aria-hidden="true">` +
    `<path d="${ICON_PATHS[kind]}"/></g>`
  );
}
