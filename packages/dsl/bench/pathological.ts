/**
 * Benchmark of issue 9's pathological inputs: the CPU time of what a user runs on each
 * (the whole analysis and the formatter, as the fuzz times it), against JSON.parse of a
 * JSON document of the same size measured in the same process; and, on the same text, the
 * lexing alone by Chevrotain's lexer (before) and by the scanner (now). Prints a markdown table.
 * Run: `node --conditions=@lontar/source --import tsx packages/dsl/bench/pathological.ts [name filter]`.
 */
import { checkInput } from "../fuzz/check.js";
import { PATHOLOGICAL } from "../fuzz/pathological.js";
import { createLexer } from "../src/syntax/lexer/lexer.js";
import { scan } from "../src/syntax/lexer/scanner.js";

const filter = process.argv[2];
const LIMIT_MS = 5000;
const chevrotain = createLexer();

function cpuMs(run: () => void): number {
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
}

/** A JSON array of short objects as long as `length` characters. */
function jsonOfLength(length: number): string {
  const item = '{"name":"r00000","capacity":10},';
  return `[${item.repeat(Math.max(1, Math.floor(length / item.length))).slice(0, -1)}]`;
}

console.log(`Node ${process.version}; CPU ms (user + system) of analyzeWorkspace + formatSource; limit ${LIMIT_MS} ms.`);
console.log("");
console.log("| input | source chars | CPU ms | × JSON.parse of as many chars | within 5 s | lex ms: Chevrotain → scanner |");
console.log("|---|---:|---:|---:|:---:|---:|");
for (const input of PATHOLOGICAL) {
  if (filter !== undefined && !input.name.includes(filter)) continue;
  const files = input.files();
  const chars = files.reduce((sum, f) => sum + f.text.length, 0);
  const json = jsonOfLength(chars);
  cpuMs(() => JSON.parse(json)); // warm-up
  const jsonMs = Math.max(0.01, Math.min(cpuMs(() => JSON.parse(json)), cpuMs(() => JSON.parse(json))));
  const text = files[0]?.text ?? "";
  const before = cpuMs(() => chevrotain.tokenize(text));
  const after = cpuMs(() => scan(text));
  const { ms, failures } = checkInput(files, LIMIT_MS);
  const other = failures.filter((f) => f.check !== "slow").map((f) => f.check);
  const name = input.name.replace(/\|/g, "\\|");
  console.log(`| ${name}${other.length > 0 ? ` (${other.join(", ")})` : ""} | ${chars.toLocaleString("en")} | ${ms.toFixed(0)} | ${(ms / jsonMs).toFixed(0)} | ${ms <= LIMIT_MS ? "yes" : "no"} | ${before.toFixed(0)} → ${after.toFixed(0)} |`);
}
