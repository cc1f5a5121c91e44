// The diagram colours for the light and the dark theme (text pairs meet WCAG AA; tests check the ratios).
import type { NodeKind } from '../topology/model.ts';

export interface Theme {
  /** Diagram background. */
  readonly bg: string;
  /** Node labels (on nodeBg). */
  readonly text: string;
  /** Edge labels and box titles (on bg and groupBg). */
  readonly muted: string;
  readonly nodeBg: string;
  readonly groupBg: string;
  readonly groupBorder: string;
  /** Edge colours by what is known of their encryption. */
  readonly encrypted: string;
  readonly plaintext: string;
  readonly unspecified: string;
  /** Icon and border colour per kind (graphics: at least 3:1 on nodeBg). */
  readonly kinds: Readonly<Record<NodeKind, string>>;
}

export const LIGHT: Theme = {
  bg: '#ffffff',
  text: '#1f2328',
  muted: '#4b535d',
  nodeBg: '#f6f8fa',
  groupBg: '#f1f4f8',
  groupBorder: '#7d8590',
  encrypted: '#1a7f37',
  plaintext: '#b93c00',
  unspecified: '#59636e',
  kinds: {
    user: '#0b62c4',
    dns: '#7a3fd1',
    internet: '#0b7285',
    firewall: '#c0360c',
    'load-balancer': '#1a7f37',
    'virtual-ip': '#8a5a00',
    'web-server': '#0550ae',
    'app-server': '#6639ba',
    'code-base': '#505a66',
    database: '#a64d00',
    cache: '#b3307c',
    'monitoring-agent': '#0f766e',
    'monitoring-service': '#116329',
    certificate: '#7d4e00',
    server: '#424a53',
    unknown: '#66707b',
  },
};

export const DARK: Theme = {
  bg: '#17181c',
  text: '#e6edf3',
  muted: '#b6bfca',
  nodeBg: '#22262e',
  groupBg: '#1c1f25',
  groupBorder: '#737d89',
  encrypted: '#3fb950',
  plaintext: '#f0883e',
  unspecified: '#9aa4ae',
  kinds: {
    user: '#6cb6ff',
    dns: '#c297ff',
    internet: '#4fc3d6',
    firewall: '#ff8a5c',
    'load-balancer': '#56d364',
    'virtual-ip': '#e3b341',
    'web-server': '#79c0ff',
    'app-server': '#d2a8ff',
    'code-base': '#b1bac4',
    database: '#ffa657',
    cache: '#ff7bb8',
    'monitoring-agent': '#5eead4',
    'monitoring-service': '#7ee787',
    certificate: '#f2cc60',
    server: '#c9d1d9',
    unknown: '#9198a1',
  },
};

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const channel = (i: number): number => {
      const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
