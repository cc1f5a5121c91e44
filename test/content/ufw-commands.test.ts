// Every `sudo ufw` rule a lesson shows is accepted by Debian's ufw (`--dry-run`: nothing changes), and the lesson's
// before.rules fallback for VRRP is the very rule ufw writes for `proto vrrp`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
/** Subcommands that add rules or set policies: the ones --dry-run can check without a running firewall. */
const RULES = new Set(['allow', 'deny', 'reject', 'limit', 'default']);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? mdxFiles(join(dir, e.name))
      : e.name.endsWith('.mdx')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The arguments of every `sudo ufw` rule line in the lessons, comments removed, with where it was found. */
function ufwRules(): { where: string; args: string[] }[] {
  return mdxFiles(CONTENT).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line: line.replace(/\s+#.*$/, '').trim(), where: `${file}:${i + 1}` }))
      .filter(({ line }) => line.startsWith('sudo ufw '))
      .map(({ line, where }) => ({ where, args: line.split(/\s+/).slice(2) }))
      .filter(({ args }) => RULES.has(args[0] ?? '')),
  );
}

function hasUfw(): boolean {
  return spawnSync('ufw', ['--version'], { encoding: 'utf8' }).status === 0;
}

const UFW = hasUfw();
/** CI installs ufw (.ci/run); elsewhere the test runs only where ufw is installed. */
const required = process.env.CI !== undefined && process.env.CI !== '';

describe('ufw commands in the lessons', () => {
  it('finds the firewall lessons rules', () => {
    const rules = ufwRules();
    expect(rules.length).toBeGreaterThan(15);
    expect(rules.some((r) => r.args.includes('vrrp'))).toBe(true);
    if (required) expect(UFW, 'CI installs ufw (apt-get install ufw)').toBe(true);
  });

  it.runIf(UFW)('each rule is accepted by ufw --dry-run', () => {
    for (const { where, args } of ufwRules()) {
      const run = spawnSync('ufw', ['--dry-run', ...args], { encoding: 'utf8' });
      expect(run.status, `${where}: ufw ${args.join(' ')}\n${run.stderr}`).toBe(0);
      expect(run.stdout + run.stderr, where).not.toMatch(/ERROR/);
    }
  });

  it.runIf(UFW)(
    'the before.rules line given for an older ufw is the rule ufw writes for proto vrrp',
    () => {
      const lesson = readFileSync(join(CONTENT, 'design', 'firewalls.mdx'), 'utf8');
      const vrrp = ufwRules().find((r) => r.args.includes('vrrp'));
      if (!vrrp) throw new Error('no vrrp rule in the lessons');
      const written = execFileSync('ufw', ['--dry-run', ...vrrp.args], { encoding: 'utf8' })
        .split('\n')
        .find((l) => l.includes('-p vrrp'));
      expect(written).toBeDefined();
      const fallback = /^#\s+(-A ufw-before-input -p vrrp .*)$/m.exec(lesson)?.[1];
      expect(fallback?.replace('ufw-before-input', 'ufw-user-input')).toBe(written?.trim());
    },
  );
});
