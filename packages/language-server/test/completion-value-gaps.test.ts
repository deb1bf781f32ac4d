/**
 * Completion offered nothing where a value was all the grammar takes: a one-off session's
 * date (`jadwal sekali `), a student audience's school level (`sasaran pelajar `), an
 * obligation's count of sessions (`minimal `, `at least `), the hours of opening days
 * (`buka senin..kamis `) and a flexible schedule's window (`antara `, `between `). Each item is in the file's keyword language, and what it writes
 * (its snippet's placeholders as they are) parses.
 */
import { parseFile } from "@lontar/dsl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, InsertTextFormat, type CompletionItem, type CompletionList } from "vscode-languageserver-protocol";
import { oneFileWorkspace } from "./support/in-memory.js";

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);

/** A snippet's text with each placeholder's default written (`${1:10} sesi` → `10 sesi`). */
const expand = (item: CompletionItem): string => {
  const text = item.insertText ?? item.label;
  return item.insertTextFormat === InsertTextFormat.Snippet ? text.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\d+/g, "") : text;
};

const WORKSPACES = [
  {
    lang: "id",
    locale: "id",
    text: `cakrawala 2019-03-01..2019-12-31

perpustakaan perpus {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
}

program kelas_menulis di perpus {
  kategori rapat_koordinasi
  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam
}
`,
    program: "program baru di perpus {\n  kategori rapat_koordinasi\n  ",
    once: "jadwal sekali ",
    onceOn: "jadwal sekali pada ",
    session: "2019-03-01 pukul 09:00 selama 2 jam",
    students: "sasaran pelajar ",
    children: "sasaran anak ",
    agreement: "kesepakatan baru {\n  ",
    atLeast: ["minimal ", "maksimal "],
    sessions: "10 sesi kelas_menulis per semester",
    library: "perpustakaan baru {\n  ",
    open: ["buka senin..kamis ", "buka jumat ", "buka hari_kerja ", "buka senin..kamis 08:00-16:00, jumat "],
    flexible: ["jadwal 2 kali per bulan pada selasa antara ", "jadwal 2 kali per bulan pada selasa..kamis antara "],
    duration: " selama 3 jam",
    counted: "minimal 2 sesi kelas_menulis ",
    countedNext: ["per", "di"],
    between: "antara perpus ",
    and: "dan",
    costs: "biaya ",
    cost: "Rp 100.000 per sesi",
  },
  {
    lang: "en",
    locale: "en",
    text: `horizon 2019-03-01..2019-12-31

library perpus {
  name "Perpustakaan Desa Sukamaju"
  tier village
  region "Jawa Tengah" / "Kabupaten Klaten"
}

program kelas_menulis at perpus {
  category storytelling
  schedule every week on tue at 09:00 for 2h
}
`,
    program: "program fresh at perpus {\n  category storytelling\n  ",
    once: "schedule once ",
    onceOn: "schedule once on ",
    session: "2019-03-01 at 09:00 for 2 hours",
    students: "audience students ",
    children: "audience children ",
    agreement: "agreement fresh {\n  ",
    atLeast: ["at least ", "at most "],
    sessions: "10 sessions of kelas_menulis per semester",
    library: "library fresh {\n  ",
    open: ["open mon..thu ", "open fri ", "open weekdays ", "open mon..thu 08:00-16:00, fri "],
    flexible: ["schedule 2 times per month on tue between ", "schedule 2 times per month on tue..thu between "],
    duration: " for 3 hours",
    counted: "at least 2 sessions of kelas_menulis ",
    countedNext: ["per", "at"],
    between: "between perpus ",
    and: "and",
    costs: "costs ",
    cost: "Rp 100.000 per session",
  },
] as const;

describe.each(WORKSPACES)("completion where a value is all the grammar takes ($lang)", (ws) => {
  const FILE = "workspace.lontar";
  const workspace = oneFileWorkspace("lontar-value-gaps-", FILE, ws.text, ws.locale);
  let version = 1;
  beforeAll(workspace.start);
  afterAll(workspace.stop);

  /** The items at the end of the file with `tail` appended (and `after` past the cursor), and the text before the cursor. */
  async function atEnd(tail: string, after = ""): Promise<{ list: CompletionItem[]; text: string }> {
    const text = `${ws.text}\n${tail}`;
    const session = workspace.session();
    await session.change(FILE, ++version, `${text}${after}`);
    const lines = text.split("\n");
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
    return { list: items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position })), text };
  }

  /** Whether `line` completed by `item` and closed by `close` parses (no LON1xxx). */
  function parses(text: string, item: CompletionItem, close: string): boolean {
    const { diagnostics } = parseFile(`${text}${expand(item)}${close}`, FILE);
    return diagnostics.every((d) => d.severity !== "error");
  }

  it("offers a one-off session the horizon's first day, alone and with a time and a duration, after `once` and its `on`", async () => {
    for (const tail of [ws.once, ws.onceOn]) {
      const { list, text } = await atEnd(`${ws.program}${tail}`);
      expect(list.map((i) => i.label)).toEqual(["2019-03-01", ws.session]);
      for (const item of list) {
        expect(item.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(parses(text, item, "\n}\n"), expand(item)).toBe(true);
      }
    }
  });

  it("offers a one-off session today when the workspace declares no horizon", async () => {
    const withoutHorizon = ws.text.replace(/^(horizon|cakrawala) .*\n/, "");
    const text = `${withoutHorizon}\n${ws.program}${ws.once}`;
    const session = workspace.session();
    await session.change(FILE, ++version, text);
    const lines = text.split("\n");
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
    const list = items(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position }));
    // startInMemory's initializationOptions: today 2024-01-01.
    expect(list[0]?.label).toBe("2024-01-01");
  });

  it("offers the school levels in quotes after a student audience, nothing after another group", async () => {
    const { list, text } = await atEnd(`${ws.program}${ws.students}`);
    expect(list.map((i) => i.label)).toEqual(['"SD/MI"', '"SMP/MTs"', '"SMA/MA/SMK"']);
    expect(list[0]?.detail).toBe(ws.lang === "id" ? "SD/MI" : "Primary school (SD/MI)");
    for (const item of list) expect(parses(text, item, "\n}\n"), String(item.label)).toBe(true);
    // The quote typed (and closed by the editor): the rest of the level only.
    const quoted = await atEnd(`${ws.program}${ws.students}"`, '"');
    expect(quoted.list[0]?.insertText).toBe("SD/MI");
    expect((await atEnd(`${ws.program}${ws.students}"`)).list[0]?.insertText).toBe('SD/MI"');
    expect((await atEnd(`${ws.program}${ws.children}`)).list).toEqual([]);
  });

  it("offers an obligation's count of sessions, of a program declared, per a period after `minimal` / `at least` and their upper bound", async () => {
    for (const bound of ws.atLeast) {
      const { list, text } = await atEnd(`${ws.agreement}${bound}`);
      expect(list.map((i) => i.label)).toEqual([ws.sessions]);
      const [item] = list;
      expect(item?.insertTextFormat).toBe(InsertTextFormat.Snippet);
      if (item !== undefined) expect(parses(text, item, "\n}\n"), expand(item)).toBe(true);
    }
  });

  it("offers `per` or `at` after the program a count of sessions counts, `and` after an agreement's library, a cost after `costs` (an editor walk: nothing)", async () => {
    expect((await atEnd(`${ws.agreement}${ws.counted}`)).list.map((i) => i.label)).toEqual([...ws.countedNext]);
    expect((await atEnd(`${ws.agreement}${ws.between}`)).list.map((i) => i.label)).toEqual([ws.and]);
    const { list, text } = await atEnd(`${ws.program}${ws.costs}`);
    expect(list.map((i) => i.label)).toEqual([ws.cost]);
    const [item] = list;
    if (item !== undefined) expect(parses(text, item, "\n}\n"), expand(item)).toBe(true);
  });

  it("finds a line that does not parse (the check above is one)", async () => {
    const { text } = await atEnd(`${ws.agreement}${ws.atLeast[0]}`);
    expect(parses(text, { label: ws.lang === "id" ? "sesi 10" : "sessions 10" }, "\n}\n")).toBe(false);
  });

  it("offers the hours after the days of opening hours (a day, a range, a group, after a `,`)", async () => {
    for (const tail of ws.open) {
      const { list, text } = await atEnd(`${ws.library}${tail}`);
      expect(list.map((i) => i.label), tail).toEqual(["08:00-16:00"]);
      const [item] = list;
      expect(item?.insertText).toBe("${1:08:00}-${2:16:00}");
      if (item !== undefined) expect(parses(text, item, "\n}\n"), tail).toBe(true);
    }
    // Past the hours, a `,` is the writer's: no hours again.
    expect((await atEnd(`${ws.library}${ws.open[0]}08:00-16:00 `)).list).toEqual([]);
  });

  it("offers the window of a flexible schedule's sessions after `antara` / `between`", async () => {
    for (const tail of ws.flexible) {
      const { list, text } = await atEnd(`${ws.program}${tail}`);
      expect(list.map((i) => i.label), tail).toEqual(["09:00-12:00"]);
      const [item] = list;
      expect(item?.insertText).toBe("${1:09:00}-${2:12:00}");
      expect(item?.insertTextFormat).toBe(InsertTextFormat.Snippet);
      if (item !== undefined) expect(parses(text, item, `${ws.duration}\n}\n`), tail).toBe(true);
    }
  });
});
