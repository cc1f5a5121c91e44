// The inline stylesheet of the HTML report: readable tables, verdict colours, light and dark.

export const HTML_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de;
  --head: #f6f8fa; --pass: #1a7f37; --fail: #cf222e; --review: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
    --head: #151b23; --pass: #3fb950; --fail: #ff7b72; --review: #d29922; }
}
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.path { overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.verdict { font-weight: 600; white-space: nowrap; }
.pass { color: var(--pass); }
.fail { color: var(--fail); }
.review { color: var(--review); }
details { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; margin: 0.75rem 0; }
summary { cursor: pointer; font-weight: 600; }
:focus-visible { outline: 2px solid var(--review); outline-offset: 2px; }
`;
