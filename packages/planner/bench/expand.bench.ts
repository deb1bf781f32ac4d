/**
 * Benchmark: recurrence expansion with the core engine (occurrences per second) against
 * the planner's previous path (npm rrule 2.8.1 plus fixes, kept in `baseline/`) and
 * against calling rrule's `all()` directly in floating UTC, in the same run; then the time
 * to recognise never-occurring rules. Run with `npx pnpm@10 --filter @lontar/planner bench`.
 * Prints markdown tables.
 */
import type { RecurrenceInput, RecurrenceResult } from "@lontar/core";
import { expandRecurrence } from "../src/expand/recurrence.js";
import { zoneClock } from "../src/expand/zone-clock.js";
import { expandRecurrenceWithRRule } from "./baseline/rrule-recurrence.js";
import { RRule } from "./baseline/rrule-module.js";

interface BenchRule {
  readonly dtstart: string;
  readonly rrule: string;
  readonly zone: string;
}

interface Scenario {
  readonly name: string;
  readonly rules: readonly BenchRule[];
  readonly until: string;
}

const zones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "America/New_York"];
const days = ["MO", "TU", "WE", "TH", "FR", "SA"];
const pad = (n: number): string => String(n).padStart(2, "0");

const scenarios: Scenario[] = [
  {
    name: "1,000 weekly rules, 1 year",
    until: "2019-12-31",
    rules: Array.from({ length: 1000 }, (_, i) => ({
      dtstart: `2019-01-${pad(1 + (i % 28))}T${pad(8 + (i % 9))}:00`,
      rrule: `FREQ=WEEKLY;BYDAY=${days[i % 6]}`,
      zone: zones[i % zones.length] ?? "Asia/Jakarta",
    })),
  },
  {
    name: "100 daily rules, 5 years",
    until: "2023-12-31",
    rules: Array.from({ length: 100 }, (_, i) => ({ dtstart: `2019-01-01T${pad(7 + (i % 10))}:30`, rrule: "FREQ=DAILY", zone: zones[i % zones.length] ?? "Asia/Jakarta" })),
  },
  {
    name: "1,000 rules of 30 daily occurrences",
    until: "2019-12-31",
    rules: Array.from({ length: 1000 }, (_, i) => ({ dtstart: `2019-03-${pad(1 + (i % 28))}T09:00`, rrule: "FREQ=DAILY;COUNT=30", zone: zones[i % zones.length] ?? "Asia/Jakarta" })),
  },
];

const floating = (local: string): Date => new Date(`${local.length === 16 ? `${local}:00` : local}Z`);

type Expander = (input: RecurrenceInput) => RecurrenceResult;

function runExpander(scenario: Scenario, expand: Expander): number {
  const clocks = new Map(zones.map((z) => [z, zoneClock(z)]));
  let n = 0;
  for (const rule of scenario.rules) {
    const clock = clocks.get(rule.zone) ?? zoneClock(rule.zone);
    const result = expand({ ...rule, until: scenario.until, limit: 100_000, clock });
    if (result.ok) n += result.starts.length;
  }
  return n;
}

function runRRule(scenario: Scenario): number {
  let n = 0;
  const until = floating(`${scenario.until}T23:59:59`);
  for (const rule of scenario.rules) {
    const options = RRule.parseString(rule.rrule);
    n += new RRule({ ...options, dtstart: floating(rule.dtstart), until: options.count ? null : until, tzid: null }).all().length;
  }
  return n;
}

function measure(run: () => number, repeats: number): { occurrences: number; perSecond: number } {
  run(); // warm-up: JIT, Intl formatters, luxon zone caches
  const rates: number[] = [];
  let occurrences = 0;
  for (let i = 0; i < repeats; i += 1) {
    const t0 = process.hrtime.bigint();
    occurrences = run();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(occurrences / seconds);
  }
  rates.sort((a, b) => a - b);
  return { occurrences, perSecond: rates[Math.floor(rates.length / 2)] ?? 0 };
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

console.log("| rules | occurrences | core engine ops/s | old rrule path ops/s | core / old | raw rrule UTC ops/s |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const scenario of scenarios) {
  const core = measure(() => runExpander(scenario, expandRecurrence), 7);
  const old = measure(() => runExpander(scenario, expandRecurrenceWithRRule), 7);
  const raw = measure(() => runRRule(scenario), 7);
  console.log(`| ${scenario.name} | ${fmt(core.occurrences)} | ${fmt(core.perSecond)} | ${fmt(old.perSecond)} | ${(core.perSecond / old.perSecond).toFixed(2)}× | ${fmt(raw.perSecond)} |`);
}
console.log("\nops/s = occurrences expanded per second, median of 7 runs after a warm-up.");
console.log("core engine = @lontar/core expandRecurrence; old rrule path = the planner's expansion before it (rrule in floating time + fixes); raw rrule = RRule.all() in floating UTC, no zone, no set semantics.");

/** Never-occurring rules: the time to expand each and say so, median of runs (ms). */
const never: readonly { readonly name: string; readonly input: RecurrenceInput }[] = [
  { name: "daily on 31 February, 1-year horizon", input: { dtstart: "2019-01-01T09:00", rrule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", zone: "Asia/Jakarta", until: "2019-12-31", limit: 100_000 } },
  { name: "daily on 31 February, no horizon", input: { dtstart: "2019-01-01T09:00", rrule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", zone: "Asia/Jakarta", limit: 100_000 } },
  { name: "HOURLY;INTERVAL=2 with odd BYHOUR, no horizon", input: { dtstart: "2019-01-01T00:00", rrule: "FREQ=HOURLY;INTERVAL=2;BYHOUR=1,3,5", zone: "America/New_York", limit: 100_000 } },
  { name: "monthly 6th Monday (BYSETPOS=6), no horizon", input: { dtstart: "2019-01-01T09:00", rrule: "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6", zone: "Asia/Jakarta", limit: 100_000 } },
];

function millis(run: () => RecurrenceResult, repeats: number): { ms: number; result: RecurrenceResult } {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const t0 = process.hrtime.bigint();
    result = run();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, result };
}

const verdict = (r: RecurrenceResult): string => (!r.ok ? `error` : r.neverOccurs !== undefined ? `never occurs (${r.starts.length} start: DTSTART)` : `${r.starts.length} starts`);

console.log("\n| never-occurring rule | core ms | core says | old rrule path ms | old path says |");
console.log("|---|---:|---|---:|---|");
for (const { name, input } of never) {
  const core = millis(() => expandRecurrence(input), 5);
  const old = millis(() => expandRecurrenceWithRRule(input), 3);
  console.log(`| ${name} | ${core.ms.toFixed(2)} | ${verdict(core.result)} | ${old.ms.toFixed(2)} | ${verdict(old.result)} |`);
}
console.log("\nms = median wall time of one expansion after a warm-up (core: 5 runs, old path: 3).");
