import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from "vscode-textmate";
import { loadWASM, OnigScanner, OnigString } from "vscode-oniguruma";
import { KEYWORDS, MONTH_SPELLINGS, ORDINAL_SPELLINGS, WEEKDAY_SPELLINGS, WEEKDAYS } from "../../../packages/dsl/src/syntax/keywords.js";
import { lontarGrammar } from "../scripts/grammar-source.js";

const require = createRequire(import.meta.url);
const GRAMMAR_FILE = path.join(import.meta.dirname, "../syntaxes/lontar.tmLanguage.json");
let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new OnigScanner(patterns), createOnigString: (s) => new OnigString(s) }),
    loadGrammar: async (scope) => (scope === "source.lontar" ? parseRawGrammar(readFileSync(GRAMMAR_FILE, "utf8"), GRAMMAR_FILE) : null),
  });
  const loaded = await registry.loadGrammar("source.lontar");
  if (loaded === null) throw new Error("grammar not loaded");
  grammar = loaded;
});

/** The scopes of each token of one line. */
function tokens(line: string): { text: string; scopes: string[] }[] {
  return grammar.tokenizeLine(line, INITIAL).tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

/** The innermost scope of the token that starts at `needle` in `line`. */
function scopeOf(line: string, needle: string): string | undefined {
  const start = line.indexOf(needle);
  const found = grammar.tokenizeLine(line, INITIAL).tokens.find((t) => t.startIndex <= start && start < t.endIndex);
  return found?.scopes[found.scopes.length - 1];
}

describe("the TextMate grammar", () => {
  it("is the one the keyword table generates (run `pnpm --filter lontar-vscode grammar` after changing the table)", () => {
    expect(JSON.parse(readFileSync(GRAMMAR_FILE, "utf8"))).toEqual(JSON.parse(JSON.stringify(lontarGrammar())));
  });

  const every = [
    ...KEYWORDS.flatMap((k) => [...k.en, ...k.id].map((word) => ({ word, table: `keyword ${k.token}` }))),
    ...WEEKDAYS.flatMap((d) => [...WEEKDAY_SPELLINGS[d].en, ...WEEKDAY_SPELLINGS[d].id].map((word) => ({ word, table: `weekday ${d}` }))),
    ...MONTH_SPELLINGS.flatMap((m, i) => [...m.en, ...m.id].map((word) => ({ word, table: `month ${i + 1}` }))),
    ...ORDINAL_SPELLINGS.flatMap((o) => [...o.en, ...o.id].map((word) => ({ word, table: `ordinal ${o.value}` }))),
  ];

  it.each(every)("gives `$word` ($table) a keyword or constant scope, at the start of a line and inside one", ({ word }) => {
    for (const line of [`${word}`, `  x ${word} y`]) {
      const scope = scopeOf(line, word) ?? "";
      expect(scope, `${JSON.stringify(line)}: ${scope}`).toMatch(/^(keyword\.|constant\.language\.)/);
    }
  });

  it("does not colour a keyword inside a name", () => {
    expect(scopeOf("  needs room ruang_pertemuan", "ruang_pertemuan")).toBe("variable.other.lontar");
    expect(scopeOf("  x program_literasi", "program_literasi")).toBe("variable.other.lontar");
  });

  it.each([
    { line: "/// A doc comment", needle: "///", scope: "comment.line.documentation.lontar" },
    { line: "// a comment", needle: "//", scope: "comment.line.double-slash.lontar" },
    { line: '  title "Pelatihan \\"Literasi\\""', needle: '"', scope: "string.quoted.double.lontar" },
    { line: "  costs Rp 150.000 per session", needle: "Rp", scope: "constant.numeric.money.lontar" },
    { line: "  valid 2019-02-01..2019-12-31", needle: "2019-02-01", scope: "constant.numeric.date.lontar" },
    { line: "  also 2024-12-19T14:00", needle: "2024-12-19T14:00", scope: "constant.numeric.date.lontar" },
    { line: "  schedule once 2019-02-07 at 09:00 for 3h", needle: "09:00", scope: "constant.numeric.time.lontar" },
    { line: "  schedule once 2019-02-07 at 09:00 for 3h", needle: "3h", scope: "constant.numeric.duration.lontar" },
    { line: "  jadwal sekali 2019-02-07 pukul 09:00 selama 90m", needle: "90m", scope: "constant.numeric.duration.lontar" },
    { line: "  capacity 60", needle: "60", scope: "constant.numeric.lontar" },
    { line: "  when program.title =~ /^kelas/i", needle: "/^kelas/i", scope: "string.regexp.lontar" },
    { line: "  valid 2019-02-01..2019-12-31", needle: "..", scope: "keyword.operator.range.lontar" },
    { line: "  when a == b && c", needle: "==", scope: "keyword.operator.comparison.lontar" },
  ])("scopes the literal in $line", ({ line, needle, scope }) => {
    expect(scopeOf(line, needle)).toBe(scope);
  });

  it("scopes a declaration's keyword and name in both languages", () => {
    for (const line of ["program rakor_2019 {", "kesepakatan mou_disdik_2019 {", "agreement mou_sekolah_2024 {", "ruang aula di dispusip_solok {"]) {
      const [keyword, name] = line.split(" ");
      expect(scopeOf(line, keyword ?? "")).toBe("keyword.declaration.lontar");
      expect(scopeOf(line, name ?? "")).toBe("entity.name.type.lontar");
    }
    expect(tokens("program x {").length).toBeGreaterThan(2);
  });
});
