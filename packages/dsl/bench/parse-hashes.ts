/**
 * A parse corpus for refactors that must not change what the parser gives: every keyword typo
 * and dropped brace of the examples, the examples with times, dates and ranges written the
 * office way (`09.00`, `17/08/2026`, `s.d.`), random mutations of both, and generated sources
 * in both languages; one line per input: its kind, a hash of its text and a hash of
 * `parseFile`'s result (tree and diagnostics, as JSON). Run it on two commits and `diff` the
 * files: no line differs when the parse is unchanged. Deterministic for a seed.
 * Run: `node --conditions=@lontar/source --import tsx packages/dsl/bench/parse-hashes.ts [seed] [count] [out]`.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { parseFile } from "../src/syntax/parse.js";
import { droppedBraces, exampleWorkspaces, keywordTypos } from "../test/arbitraries/mutants.js";
import { arbWorkspaceSource } from "../test/arbitraries/source.js";
import { mutate, Random } from "../fuzz/mutate.js";

const seed = Number(process.argv[2] ?? 7);
const count = Number(process.argv[3] ?? 3000);
const out = process.argv[4] ?? "parse-hashes.txt";
const random = new Random(seed);
const lines: string[] = [];
const hash = (text: string): string => createHash("sha1").update(text).digest("hex").slice(0, 12);
const add = (kind: string, text: string): void => {
  lines.push(`${kind} ${hash(text)} ${hash(JSON.stringify(parseFile(text, "a.lontar")))}`);
};

/** Times with a dot, dates day first, ranges joined by `s.d.` or `sampai`: each at random. */
const writtenTheOfficeWay = (text: string): string =>
  text
    .replace(/(\d\d):(\d\d)/g, (m: string, h: string, min: string) => (random.below(2) === 1 ? `${h}.${min}` : m))
    .replace(/(\d{4})-(\d\d)-(\d\d)/g, (m: string, y: string, mo: string, d: string) => (random.below(3) === 0 ? `${d}-${mo}-${y}` : random.below(2) === 1 ? `${d}/${mo}/${y}` : m))
    .replace(/\.\./g, (m: string) => random.pick([m, " s.d. ", " sampai ", "-", m]));

const workspaces = exampleWorkspaces();
for (const m of keywordTypos(workspaces)) for (const f of m.files) if (f.path === m.file) add("typo", f.text);
for (const m of droppedBraces(workspaces)) for (const f of m.files) if (f.path === m.file) add("brace", f.text);
const texts = workspaces.flatMap((w) => w.files.map((f) => f.text));
for (let i = 0; i < count; i++) {
  const base = random.pick(texts);
  add("written", writtenTheOfficeWay(base));
  add("mutated", mutate(base, random));
  add("written+mutated", mutate(writtenTheOfficeWay(base), random));
}
for (const lang of ["en", "id", "mixed"] as const) {
  for (const source of fc.sample(arbWorkspaceSource({ lang }), { seed: 42, numRuns: 300 })) {
    add("generated", source);
    add("generated+mutated", mutate(source, random));
    add("generated+written", writtenTheOfficeWay(source));
  }
}
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} inputs (seed ${seed}) → ${out}`);
