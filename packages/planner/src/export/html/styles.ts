/** The page's inline style sheet: system fonts only, readable on screen and on paper. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6876; --line: #d5dbe1; --ok: #1f7a3d; --bad: #b3261e; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; padding: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
.id { color: var(--muted); font-weight: normal; }
small { color: var(--muted); }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; text-align: left; }
table.facts th { font-weight: 600; background: #f4f6f8; }
table.list { width: 100%; }
table.list ul, .violations { margin: 0; padding-left: 1.1rem; }
.ok { color: var(--ok); }
.bad { color: var(--bad); }
.status-ok { color: var(--ok); font-weight: 600; }
.status-at_risk { color: #9a6700; font-weight: 600; }
.status-violated { color: var(--bad); font-weight: 600; }
.status-inactive { color: var(--muted); }
table.month { width: 100%; table-layout: fixed; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
table.month caption { text-align: left; font-weight: 600; font-size: 1.05rem; padding: .25rem 0; }
table.month th { background: #f4f6f8; font-size: .8rem; }
table.month td { height: 4.5rem; font-size: .75rem; }
table.month td.outside { background: #f7f7f7; color: var(--muted); }
table.month td.pad { background: #fbfbfb; }
table.month .date { font-weight: 600; display: block; }
table.month ul { list-style: none; margin: 0; padding: 0; }
table.month li { overflow-wrap: anywhere; margin-bottom: .1rem; }
table.month li.unassigned { color: var(--bad); }
table.month li.more { color: var(--muted); font-style: italic; }
table.month time { font-variant-numeric: tabular-nums; color: var(--muted); }
table.heat td { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.2rem; }
.u0 { background: #ffffff; color: var(--muted); }
.u1 { background: #e3f0fb; }
.u2 { background: #b9d9f2; }
.u3 { background: #7fb3e0; }
.u4 { background: #3d7fc0; color: #fff; }
.over { background: var(--bad); color: #fff; }
.legend { color: var(--muted); }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  h2 { break-after: avoid; page-break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
