/**
 * Times the linear-time regular expression engine on the patterns that backtracking
 * engines take minutes on (issue 9). Run: `npx tsx --conditions=@lontar/source packages/core/bench/linear-regex.ts`.
 */
import { performance } from "node:perf_hooks";
import { compileLinearPattern } from "../src/index.js";

const cases: ReadonlyArray<readonly [pattern: string, subject: string]> = [
  ["^(?:a?a?)+$", "a".repeat(42)],
  ["^(?:a?a?)+$", `${"a".repeat(41)}!`],
  ["^.*.*.*.*.*x$", "a".repeat(3000)],
  ["^(a+)+$", `${"a".repeat(10_000)}!`],
  ["^[a-z_]+_\\d{4}$", `${"kelas_".repeat(2000)}2026`],
];

const ROUNDS = 20;
console.log("| pattern | subject length | match | median ms |");
console.log("|---|---:|---|---:|");
for (const [pattern, subject] of cases) {
  const compiled = compileLinearPattern(pattern, "");
  if (!compiled.ok) throw new Error(`${pattern}: ${compiled.reason}`);
  const times: number[] = [];
  let matched = false;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    matched = compiled.pattern.test(subject);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| \`/${pattern}/\` | ${subject.length} | ${matched} | ${(times[ROUNDS >> 1] ?? 0).toFixed(3)} |`);
}
