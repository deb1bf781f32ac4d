import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  CodeLensRequest,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  FoldingRangeRequest,
  InlayHintRequest,
  SelectionRangeRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRequest,
  type CodeAction,
  type SemanticTokensDelta,
} from "vscode-languageserver-protocol";
import { SEMANTIC_LEGEND } from "../src/features/semantic-tokens.js";
import type { LspSession } from "./support/client.js";
import { EXAMPLES, openExample, positionOf } from "./support/examples.js";

/** Decodes semantic tokens into [line, character, length, type]. */
function decode(data: readonly number[]): [number, number, number, string][] {
  const out: [number, number, number, string][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length + 1; i += 5) {
    const [dl = 0, dc = 0, length = 0, type = 0] = data.slice(i, i + 4);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push([line, character, length, SEMANTIC_LEGEND.tokenTypes[type] ?? "?"]);
  }
  return out;
}

describe.each(EXAMPLES)("editing features over stdio ($example, $lang)", (ex) => {
  let session: LspSession;
  let version = 1;
  beforeAll(async () => {
    session = await openExample(ex);
  });
  afterAll(async () => {
    await session.close();
  });
  const doc = () => ({ textDocument: { uri: session.uri(ex.programs) } });

  it("formats a document and a range (the enclosing declaration only)", async () => {
    const text = session.text(ex.programs);
    const messy = text.replace(`  ${ex.categoryKw} `, `      ${ex.categoryKw}    `).replace(/\n\}\n/, "\n}\n\n\n\n");
    session.change(ex.programs, ++version, messy);
    const whole = await session.connection.sendRequest(DocumentFormattingRequest.type, { ...doc(), options: { tabSize: 2, insertSpaces: true } });
    expect(whole?.[0]?.newText).toBe(text);
    const line = positionOf(messy, `      ${ex.categoryKw}`).line;
    const ranged = await session.connection.sendRequest(DocumentRangeFormattingRequest.type, { ...doc(), range: { start: { line, character: 0 }, end: { line, character: 3 } }, options: { tabSize: 2, insertSpaces: true } });
    expect(ranged?.length).toBe(1);
    expect(ranged?.[0]?.newText).toContain(`  ${ex.categoryKw} `);
    expect(ranged?.[0]?.range.start.line).toBeLessThanOrEqual(line);
    session.change(ex.programs, ++version, text);
  });

  it("sends semantic tokens (keywords, names by kind, literals, comments) and a delta after an edit", async () => {
    const text = session.text(ex.programs);
    const full = await session.connection.sendRequest(SemanticTokensRequest.type, doc());
    const tokens = decode(full?.data ?? []);
    const lines = text.split("\n");
    const typeOf = (needle: string, shift = 0): string | undefined => {
      const p = positionOf(text, needle, shift);
      return tokens.find(([l, c]) => l === p.line && c === p.character)?.[3];
    };
    expect(typeOf(`${ex.scheduleKw} `)).toBe("keyword");
    expect(typeOf(`${ex.room}`)).toBe("variable");
    expect(typeOf(`program ${ex.program}`)).toBe("keyword");
    expect(typeOf(ex.program)).toBe("function");
    expect(typeOf("///")).toBe("comment");
    // A property's allowed value is a value, as the same word is in a condition: not an unknown name.
    expect(typeOf(`${ex.categoryKw} `, ex.categoryKw.length + 1)).toBe("enumMember");
    expect(typeOf(`${ex.titleKw} "`, ex.titleKw.length + 1)).toBe("string");
    expect(tokens.some(([, , , t]) => t === "time")).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    session.change(ex.programs, ++version, `// new first line\n${text}`);
    const delta = (await session.connection.sendRequest(SemanticTokensDeltaRequest.type, { ...doc(), previousResultId: full?.resultId ?? "" })) as SemanticTokensDelta;
    expect(delta.edits.length).toBeGreaterThan(0);
    session.change(ex.programs, ++version, text);
  });

  // An editor walk: a fix asked just after a line was added above the typo rewrote the line below it.
  it("offers no quick fix for a diagnostic of an older text, whose edits would land on moved lines; the new text's diagnostic has it", async () => {
    const text = session.text(ex.programs);
    const misspelt = text.replace(` ${ex.room}`, ` ${ex.room.slice(0, -1)}`);
    session.change(ex.programs, ++version, misspelt);
    const stale = (await session.diagnostics(ex.programs, version)).diagnostics.find((d) => d.code === "LON2002");
    expect(stale).toBeDefined();
    if (stale === undefined) return;
    // A line added above: the editor moves its marker down one line, and sends it back so.
    session.change(ex.programs, ++version, `// a new first line\n${misspelt}`);
    const moved = { ...stale, range: { start: { ...stale.range.start, line: stale.range.start.line + 1 }, end: { ...stale.range.end, line: stale.range.end.line + 1 } } };
    const ask = (diagnostic: typeof stale) => session.connection.sendRequest(CodeActionRequest.type, { ...doc(), range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;
    expect((await ask(moved)).filter((a) => a.kind === "quickfix")).toEqual([]);
    const fresh = (await session.diagnostics(ex.programs, version)).diagnostics.find((d) => d.code === "LON2002");
    expect(fresh?.range).toEqual(moved.range);
    const fix = fresh === undefined ? undefined : (await ask(fresh)).find((a) => a.kind === "quickfix");
    const [edit] = fix?.edit?.changes?.[session.uri(ex.programs)] ?? [];
    expect([edit?.range.start.line, edit?.newText]).toEqual([moved.range.start.line, ex.room]);
    session.change(ex.programs, ++version, text);
  });

  it("offers the did-you-mean quick fix of a misspelt name, and the keyword rewrite refactor", async () => {
    const text = session.text(ex.programs);
    const misspelt = text.replace(` ${ex.room}`, ` ${ex.room.slice(0, -1)}`);
    session.change(ex.programs, ++version, misspelt);
    const published = await session.diagnostics(ex.programs, version);
    const diagnostic = published.diagnostics.find((d) => d.code === "LON2002");
    expect(diagnostic).toBeDefined();
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { ...doc(), range: diagnostic?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: diagnostic === undefined ? [] : [diagnostic] } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === "quickfix");
    expect(fix?.edit?.changes?.[session.uri(ex.programs)]?.[0]?.newText).toBe(ex.room);
    session.change(ex.programs, ++version, text);
    const refactors = (await session.connection.sendRequest(CodeActionRequest.type, { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["refactor.rewrite"] } })) as CodeAction[];
    const other = ex.lang === "id" ? "english" : "indonesian";
    const rewrite = refactors.find((a) => a.kind?.endsWith(other));
    const rewritten = rewrite?.edit?.changes?.[session.uri(ex.programs)]?.[0]?.newText ?? "";
    expect(rewritten).toContain(ex.lang === "id" ? "schedule once" : "jadwal setiap");
    expect(refactors.some((a) => a.kind?.endsWith(ex.lang === "id" ? "indonesian" : "english"))).toBe(false);
  });

  it("applies every certain fix of a document at once when asked (source.fixAll, as on save), from its current text", async () => {
    const text = session.text(ex.programs);
    // Two mistakes with one spelling each: a misspelt keyword and a time written with a dot.
    const time = /\b(\d\d):(\d\d)\b/.exec(text);
    const broken = text.replace(`  ${ex.scheduleKw} `, `  ${ex.scheduleKw.slice(0, -1)} `).replace(time?.[0] ?? "", `${time?.[1] ?? ""}.${time?.[2] ?? ""}`);
    session.change(ex.programs, ++version, broken);
    const request = (only: string[]) => session.connection.sendRequest(CodeActionRequest.type, { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only } }) as Promise<CodeAction[]>;
    const [fixAll, ...others] = await request(["source.fixAll"]);
    expect(others).toEqual([]);
    expect(fixAll?.kind).toBe("source.fixAll.lontar");
    const edits = fixAll?.edit?.changes?.[session.uri(ex.programs)] ?? [];
    expect(edits.length).toBe(2);
    // Applied from the last, the edits give the text back.
    const lines = broken.split("\n");
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    const fixed = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), broken);
    expect(fixed).toBe(text);
    // Not offered where it was not asked for, nor when there is nothing to fix.
    expect((await request(["quickfix"])).some((a) => a.kind === "source.fixAll.lontar")).toBe(false);
    session.change(ex.programs, ++version, text);
    expect(await request(["source.fixAll"])).toEqual([]);
  });

  it("shows code lenses: occurrences and unassigned per program", async () => {
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, doc());
    const text = session.text(ex.programs);
    const line = positionOf(text, `program ${ex.program}`).line;
    const lens = lenses?.find((l) => l.range.start.line === line);
    expect(lens?.command?.title).toMatch(ex.lang === "id" ? /^\d+ pelaksanaan · \d+ belum ditempatkan( · \d+ dibatalkan)?$/ : /^\d+ occurrences · \d+ unassigned( · \d+ cancelled)?$/);
    expect(Number(/^(\d+)/.exec(lens?.command?.title ?? "")?.[1])).toBeGreaterThan(0);
    if (ex.example === "langsa") {
      // The book discussion's 26 December is cuti bersama (examples/langsa/README.md): 12 take place, 1 is cancelled.
      const discussion = lenses?.find((l) => l.range.start.line === positionOf(text, "program diskusi_buku").line);
      expect(discussion?.command?.title).toBe("12 occurrences · 0 unassigned · 1 cancelled");
    }
    session.open(ex.agreements);
    const agreements = session.text(ex.agreements);
    const agreementLenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: session.uri(ex.agreements) } });
    const agreementLine = positionOf(agreements, ex.agreement).line;
    const held = agreementLenses?.find((l) => l.range.start.line === agreementLine)?.command?.title ?? "";
    // The status in words, as `lontar plan` says it (plan.json's `ok` is `met`, `terpenuhi`).
    // Then how many obligations are kept, in other words than the status: not `terpenuhi: 2/2 kewajiban terpenuhi`.
    expect(held).toMatch(ex.lang === "id" ? /^terpenuhi · (\d+) dari (\d+) kewajiban ditepati$/ : /^met · (\d+) of (\d+) (obligations kept|obligation kept)$/);
    const [, ok, all] = /(\d+) (?:of|dari) (\d+)/.exec(held) ?? [];
    expect(ok).toBe(all);
    // Counted by obligation, as the agreement writes them (3 lines in mou_disdik_2019, 2 in mou_sekolah_2024), not by period.
    expect(all).toBe(ex.lang === "id" ? "3" : "2");
  });

  it("writes a count's noun in the singular for one in English, and the one word Indonesian has for any count", async () => {
    const file = ex.lang === "id" ? "program.lontar" : "festival.lontar";
    const program = ex.lang === "id" ? "rakor_2019" : "lomba_membaca";
    session.open(file);
    const text = session.text(file);
    const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: session.uri(file) } });
    const once = lenses?.find((l) => l.range.start.line === positionOf(text, `program ${program}`).line);
    expect(once?.command?.title).toBe(ex.lang === "id" ? "1 pelaksanaan · 0 belum ditempatkan" : "1 occurrence · 0 unassigned");
  });

  it("shows inlay hints: the weekday after a date, the end time after start and duration", async () => {
    const text = session.text(ex.programs);
    const hints = await session.connection.sendRequest(InlayHintRequest.type, { ...doc(), range: { start: { line: 0, character: 0 }, end: { line: text.split("\n").length, character: 0 } } });
    expect(hints?.map((h) => h.label)).toContain(ex.endTime);
    session.open(ex.dateFile);
    const dated = session.text(ex.dateFile);
    const dateHints = await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: session.uri(ex.dateFile) }, range: { start: { line: 0, character: 0 }, end: { line: dated.split("\n").length, character: 0 } } });
    const datePosition = positionOf(dated, ex.date, ex.date.length);
    expect(dateHints?.find((h) => h.position.line === datePosition.line && h.position.character === datePosition.character)?.label).toBe(ex.dateWeekday);
  });

  it("folds declarations and comment blocks, and selects outward from a word", async () => {
    const text = session.text(ex.programs);
    const folds = await session.connection.sendRequest(FoldingRangeRequest.type, doc());
    const declarationLine = positionOf(text, `program ${ex.program}`).line;
    expect(folds?.some((f) => f.startLine === declarationLine && f.kind === "region")).toBe(true);
    expect(folds?.some((f) => f.kind === "comment")).toBe(true);
    const [selection] = (await session.connection.sendRequest(SelectionRangeRequest.type, { ...doc(), positions: [positionOf(text, ex.room, 2)] })) ?? [];
    const chain: number[] = [];
    for (let s = selection; s !== undefined; s = s.parent) chain.push(s.range.end.line - s.range.start.line);
    expect(chain[0]).toBe(0);
    expect(chain.length).toBeGreaterThanOrEqual(3);
    expect([...chain].sort((a, b) => a - b)).toEqual(chain);
  });
});
