/** The page's inline style sheet (after event-calendar's): system fonts only, readable on screen and on paper. */
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6876; --line: #d5dbe1; --ok: #1f7a3d; --bad: #b3261e; --risk: #9a6700; --holiday: #fde8e6; --leave: #fff1d6; --closure: #ece8f6; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; padding: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
nav a { color: var(--ink); }
small, .legend, .cut { color: var(--muted); }
.lead { font-size: 1.1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; text-align: left; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
table.list { width: 100%; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.violations, .causes { margin: 0; padding-left: 1.1rem; }
.causes li { margin-bottom: .5rem; }
.fix { color: var(--ok); }
.ok { color: var(--ok); }
.bad, tr.bad td { color: var(--bad); }
tr.risk td { color: var(--risk); }
.status-ok { color: var(--ok); font-weight: 600; }
.status-at_risk { color: var(--risk); font-weight: 600; }
.status-violated { color: var(--bad); font-weight: 600; }
.status-inactive { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0; }
.filter { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filter select { font: inherit; color: var(--ink); max-width: 16rem; }
.shown { color: var(--muted); margin: .25rem 0 .5rem; }
.ec-event.session { cursor: pointer; }
.ec-event.unassigned { background: var(--bad); }
.ec-event.problem { outline: 3px solid var(--bad); outline-offset: -3px; background-image: repeating-linear-gradient(135deg, transparent 0 6px, rgba(179, 38, 30, .35) 6px 9px); }
.ec-event.problem .ec-event-title::before { content: "⚠ "; }
.ec-event.closed-day { color: var(--ink); cursor: default; }
.ec-event.closed-national { background: var(--holiday); }
.ec-event.closed-collective_leave { background: var(--leave); }
.ec-event.closed-closure { background: var(--closure); }
dialog.session { max-width: 32rem; border: 1px solid var(--line); border-radius: .4rem; }
dialog.session dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; margin: .5rem 0 1rem; }
dialog.session dt { font-weight: 600; }
dialog.session dd { margin: 0; overflow-wrap: anywhere; }
table.heat td { text-align: right; font-variant-numeric: tabular-nums; min-width: 3.2rem; }
table.heat td.kind { text-align: left; color: var(--muted); }
.u0 { background: #ffffff; color: var(--muted); }
.u1 { background: #e3f0fb; }
.u2 { background: #b9d9f2; }
.u3 { background: #7fb3e0; }
.u4 { background: #3d7fc0; color: #fff; }
.over { background: var(--bad); color: #fff; }
@media print {
  body { padding: 0; max-width: none; font-size: 11px; }
  /* The calendar's title ("Januari 2024") says which month the printed grid is; its buttons do nothing on paper. */
  nav, .filters, .shown, dialog, .ec-toolbar .ec-button-group, .ec-toolbar .ec-button { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  #rosters .roster { break-before: page; page-break-before: always; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
