import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CompletionRequest, HoverRequest, InsertTextFormat, type CompletionItem, type CompletionList, type MarkupContent } from "vscode-languageserver-protocol";
import type { LspSession } from "./support/client.js";
import { EXAMPLES, openExample, positionOf } from "./support/examples.js";

const labels = (items: CompletionItem[] | CompletionList | null): CompletionItem[] => (items === null ? [] : Array.isArray(items) ? items : items.items);

/** A snippet's detail ends with the language of its keywords, named in the messages' language (not `(id)`). */
const keywordsOf = (lang: "en" | "id"): RegExp => (lang === "id" ? /\), Bahasa Indonesia$/ : /\), (English|bahasa Inggris)$/);

describe.each(EXAMPLES)("completion and hover over stdio ($example, $lang)", (ex) => {
  let session: LspSession;
  let version = 1;
  beforeAll(async () => {
    session = await openExample(ex);
  });
  afterAll(async () => {
    await session.close();
  });

  /** Replaces the programs file with `text` and completes at `position`. */
  async function completeIn(text: string, needle: string, shift: number): Promise<CompletionItem[]> {
    session.change(ex.programs, ++version, text);
    const position = positionOf(text, needle, shift);
    return labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position }));
  }

  it("offers a new, empty file the declaration keywords of the editor's language", async () => {
    const items = await completeIn("", "", 0);
    const keywords = items.filter((i) => i.insertTextFormat !== InsertTextFormat.Snippet).map((i) => i.label);
    expect(keywords).toContain(ex.lang === "id" ? "perpustakaan" : "library");
    expect(keywords).not.toContain(ex.lang === "id" ? "library" : "perpustakaan");
    const first = [...items].filter((i) => i.insertTextFormat === InsertTextFormat.Snippet).sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""))[0];
    expect(first?.detail).toMatch(keywordsOf(ex.lang));
    // The declarations in the table's order, a library first (not by the kinds' English names: `agreement`, `budget`, …).
    expect(first?.label).toBe(ex.lang === "id" ? "perpustakaan { … }" : "library { … }");
  });

  it("offers no name for a new declaration, and the libraries after its `at`", async () => {
    const at = ex.lang === "id" ? "di" : "at";
    const base = `${session.text(ex.programs)}

`;
    // Completes at the end of the text (the line typed last).
    const atEnd = async (text: string): Promise<CompletionItem[]> => {
      session.change(ex.programs, ++version, text);
      const lines = text.split("\n");
      const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
      return labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position }));
    };
    expect(await atEnd(`${base}program `)).toEqual([]);
    const libraries = (await atEnd(`${base}program baru ${at} `)).map((i) => i.label);
    expect(libraries.length).toBeGreaterThan(0);
    expect(libraries.some((l) => /perpus|dispusip|lib/i.test(String(l)))).toBe(true);
  });

  it("offers the skills and roles the workspace's people have after `with skill` / `with role`", async () => {
    if (ex.example !== "langsa") return;
    const base = `${session.text(ex.programs)}\n\nprogram baru at perpus_langsa {\n  category class\n  needs 1 staff with `;
    const labelsAt = async (text: string): Promise<string[]> => {
      session.change(ex.programs, ++version, text);
      const lines = text.split("\n");
      const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
      return labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position })).map((i) => String(i.label));
    };
    expect(await labelsAt(`${base}skill `)).toEqual(["book_discussion", "book_fair", "digital_literacy", "storytelling"]);
    expect(await labelsAt(`${base}role `)).toEqual(expect.arrayContaining(["head", "librarian"]));
    // A skill the analysis takes for a typo of one a need asks for (LON3203) is not offered.
    const typo = `${session.text(ex.programs)}\n\nstaff typo_staff at perpus_langsa {\n  skills storytelin\n}\nprogram asks at perpus_langsa {\n  category storytelling\n  schedule once 2025-03-01 at 09:00 for 2h\n  needs 1 staff with skill storytelling\n}\n`;
    expect(await labelsAt(`${typo}\nprogram baru at perpus_langsa {\n  category class\n  needs 1 staff with skill `)).toContain("storytelling");
    expect(await labelsAt(`${typo}\nprogram baru at perpus_langsa {\n  category class\n  needs 1 staff with skill `)).not.toContain("storytelin");
  });

  it("offers the KPI metrics after an indicator's `metric`, as the file writes them", async () => {
    const line = ex.lang === "id" ? "kpi baru {\n  indikator pengunjung metrik " : "kpi fresh {\n  indicator footfall metric ";
    const text = `${session.text(ex.programs)}\n\n${line}`;
    session.change(ex.programs, ++version, text);
    const lines = text.split("\n");
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
    const items = labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position })).map((i) => String(i.label));
    expect(items).toEqual(ex.lang === "id" ? expect.arrayContaining(["kegiatan", "peserta", "kunjungan", "lainnya"]) : expect.arrayContaining(["activities", "participants", "visits", "custom"]));
    expect(items).toHaveLength(10);
  });

  it("knows `iku` as the kpi: its properties inside, and their hover names the kpi", async () => {
    if (ex.lang !== "id") return;
    const text = `${session.text(ex.programs)}\n\niku iku_2019 {\n  \n  indikator peserta bobot 60 target 100 per tahun\n}\n`;
    const items = (await completeIn(text, "iku_2019 {\n  ", "iku_2019 {\n  ".length)).map((i) => String(i.label));
    expect(items).toEqual(expect.arrayContaining(["nama", "indikator"]));
    expect(items).not.toContain("jadwal");
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, "indikator peserta", 2) });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain("**indikator** — properti (kpi)");
    expect(value).toContain("metrik KPI: `kegiatan` (Jumlah kegiatan)");
  });

  it("offers declaration keywords and snippets in the file's keyword language at the top level", async () => {
    const text = `${session.text(ex.programs)}\n\n`;
    const items = await completeIn(text, "\n\n", 2 + text.lastIndexOf("\n\n") - text.indexOf("\n\n"));
    expect(items.map((i) => i.label)).toContain(ex.agreementKw);
    const snippets = items.filter((i) => i.insertTextFormat === InsertTextFormat.Snippet);
    // Not the other language's (docs/id/editors.md: keywords are completed in the file's keyword language).
    expect(snippets.map((i) => i.label)).toContain(`${ex.agreementKw} { … }`);
    expect(snippets.map((i) => i.label)).not.toContain(`${ex.otherAgreementKw} { … }`);
    const programSnippet = snippets.find((i) => i.label === `${ex.programKw} { … }` && keywordsOf(ex.lang).test(i.detail ?? ""));
    expect(programSnippet?.insertText).toContain(ex.scheduleKw);
  });

  it("offers the properties of the declaration kind with their documentation", async () => {
    const text = session.text(ex.programs).replace(`${ex.scheduleKw} `, `\n  ${ex.scheduleKw} `);
    const items = await completeIn(text, `\n  ${ex.scheduleKw} `, 3);
    const schedule = items.find((i) => i.label === ex.scheduleKw);
    expect(schedule?.kind).toBeDefined();
    expect((schedule?.documentation as MarkupContent | undefined)?.value).toContain(ex.scheduleKw);
    expect(items.map((i) => i.label)).not.toContain(ex.capacityKw);
    // The program has its category: it is not offered again.
    expect(items.map((i) => i.label)).not.toContain(ex.categoryKw);
  });

  it("offers only rooms after a room need", async () => {
    const text = session.text(ex.programs).replace(ex.needsRoom, `${ex.needsRoom}x, `);
    const items = await completeIn(text, ex.needsRoom, ex.needsRoom.length);
    const names = items.map((i) => i.label);
    expect(names).toContain(ex.room);
    // The kind in the reader's language, as the name's hover says it.
    expect(items.every((i) => i.detail === (ex.lang === "id" ? "ruang" : "room"))).toBe(true);
    expect(names).not.toContain(ex.program);
  });

  it("offers allowed values with their labels after category", async () => {
    const text = session.text(ex.programs);
    const items = await completeIn(text, `${ex.categoryKw} `, ex.categoryKw.length + 1);
    // As the planner writes it in the file's language, with core's label in the reader's.
    const storytelling = items.find((i) => i.label === (ex.lang === "id" ? "mendongeng" : "storytelling"));
    expect(storytelling?.detail).toBe(ex.lang === "id" ? "Mendongeng / bercerita" : "Storytelling");
    expect(items.map((i) => i.label)).not.toContain(ex.lang === "id" ? "storytelling" : "mendongeng");
  });

  it("offers in a schedule what may follow the words before, each once: weekdays after `on`, months after its day", async () => {
    const id = ex.lang === "id";
    const at = async (tail: string): Promise<string[]> => {
      const text = `${session.text(ex.programs)}\n\nprogram baru {\n  ${ex.scheduleKw} ${tail}`;
      const items = await completeIn(text, `${ex.scheduleKw} ${tail}`, ex.scheduleKw.length + 1 + tail.length);
      const names = items.map((i) => String(i.label));
      expect(new Set(names).size, tail).toBe(names.length);
      return names;
    };
    expect(await at("")).toEqual(id ? ["setiap", "sekali"] : ["every", "once"]);
    // `setiap minggu` (every week) is how Indonesian planners write it, beside `pekan`: both are offered.
    expect(await at(id ? "setiap " : "every ")).toEqual(id ? ["hari", "minggu", "pekan", "bulan", "tahun"] : ["day", "week", "month", "year"]);
    if (id) expect(await at("setiap mi")).toContain("minggu");
    if (id) expect(await at("setiap 2 ")).toContain("minggu");
    if (id) expect(await at("2 kali per ")).toContain("minggu");
    const onDay = await at(id ? "setiap minggu pada " : "every week on ");
    expect(onDay).toEqual(expect.arrayContaining([ex.weekday, id ? "hari_kerja" : "weekdays"]));
    expect(onDay).not.toContain(ex.month);
    expect(onDay.length).toBeLessThan(12);
    expect(await at(id ? "setiap minggu pada selasa, " : "every week on tue, ")).toContain(ex.weekday);
    // An ordinal weekday only where a recurrence may take one (every month or year), not every week (LON3009).
    const ordinal = id ? "pertama" : "the";
    expect(await at(id ? "setiap minggu pada sabtu " : "every week on ")).not.toContain(ordinal);
    expect(await at(id ? "setiap 2 minggu pada sabtu " : "every 2 weeks on ")).not.toContain(ordinal);
    expect(await at(id ? "setiap bulan pada sabtu " : "every month on ")).toContain(ordinal);
    expect(await at(id ? "setiap 3 bulan pada sabtu " : "every 3 months on ")).toContain(ordinal);
    // Several nth weekdays of one schedule: after an ordinal, `dan`/`and`; after it or a comma, the ordinals again.
    expect(await at(id ? "setiap bulan pada kamis kedua " : "every month on the second ")).toContain(id ? "dan" : "and");
    expect(await at(id ? "setiap bulan pada kamis kedua dan " : "every month on the second and ")).toContain(id ? "keempat" : "fourth");
    expect(await at(id ? "setiap bulan pada kamis kedua, " : "every month on the second, ")).toEqual(expect.arrayContaining([id ? "keempat" : "fourth"]));
    expect(await at(id ? "setiap tahun pada 17 " : "every year on 17 ")).toContain(ex.month);
    expect(await at(id ? "2 kali " : "2 times ")).toEqual([id ? "per" : "per"]);
    expect(await at(id ? "setiap minggu pada rabu pukul 09:00 " : "every week on wed at 09:00 ")).toEqual(id ? ["selama", "mulai", "sampai", "kecuali", "juga"] : ["for", "from", "until", "except", "also"]);
  });

  it("offers in a schedule only what checks there: no `weekdays` after an ordinal, `at` after a recurrence's day and `between` after a count's, `day` after a month's `on`", async () => {
    const id = ex.lang === "id";
    const at = async (tail: string): Promise<string[]> => {
      const text = `${session.text(ex.programs)}\n\nprogram baru {\n  ${ex.scheduleKw} ${tail}`;
      const items = await completeIn(text, `${ex.scheduleKw} ${tail}`, ex.scheduleKw.length + 1 + tail.length);
      return items.map((i) => String(i.label));
    };
    // `every month on the second weekdays` and `setiap bulan pada hari_kerja kedua` are LON1101.
    if (!id) expect(await at("every month on the second ")).not.toContain("weekdays");
    if (!id) expect(await at("every month on the last ")).not.toContain("weekends");
    if (id) expect(await at("setiap bulan pada hari_kerja ")).not.toContain("kedua");
    // `every week on tue between 09:00-12:00` is LON3006; `2 times per month on tue at 09:00` is LON1101.
    expect(await at(id ? "setiap minggu pada selasa " : "every month on the last fri ")).toEqual(id ? ["pukul", "selama"] : ["at", "for"]);
    expect(await at(id ? "setiap minggu pada selasa " : "every week on tue ")).not.toContain(id ? "antara" : "between");
    expect(await at(id ? "2 kali per bulan pada selasa " : "2 times per month on tue ")).toEqual(id ? ["antara", "selama"] : ["between", "for"]);
    // A day of the month by its number: `every month on day 15`, `setiap bulan pada tanggal 15`.
    expect(await at(id ? "setiap bulan pada " : "every month on ")).toContain(id ? "tanggal" : "day");
    expect(await at(id ? "setiap minggu pada " : "every week on ")).not.toContain(id ? "tanggal" : "day");
    expect(await at(id ? "setiap bulan pada tanggal " : "every month on day ")).toEqual([]);
    expect(await at(id ? "setiap bulan pada tanggal 15 " : "every month on day 15 ")).toEqual(id ? ["pukul", "selama"] : ["at", "for"]);
  });

  it("hovers a value the language's tables know with its label and the property's documentation", async () => {
    const id = ex.lang === "id";
    const text = `${session.text(ex.programs)}\n\n${id ? "program baru {\n  kategori mendongeng\n  sasaran anak\n  butuh ruang aula\n}\nstaf baru {\n  tersedia senin..jumat 08:00-16:00\n}" : "program fresh {\n  category storytelling\n  audience children\n  needs room aula\n}\nstaff fresh {\n  available mon..fri 08:00-16:00\n}"}\n`;
    session.change(ex.programs, ++version, text);
    const hoverAt = async (needle: string, shift: number): Promise<string> => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, needle, shift, text.split(needle).length - 2) });
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
    const category = await hoverAt(id ? "kategori mendongeng" : "category storytelling", id ? 11 : 11);
    expect(category).toContain(id ? "**mendongeng** — kategori program: Mendongeng / bercerita" : "**storytelling** — program category: Storytelling");
    expect(category).toContain(id ? "**kategori** — Jenis kegiatan." : "**category** — What kind of activity it is.");
    expect(await hoverAt(id ? "sasaran anak" : "audience children", id ? 9 : 10)).toContain(id ? "**anak** — kelompok sasaran: Anak-anak" : "**children** — audience group: Children");
    expect(await hoverAt(id ? "senin..jumat 08:00" : "mon..fri 08:00", 1)).toContain(id ? "**senin** — hari: Senin" : "**mon** — weekday: Monday");
    expect(await hoverAt(id ? "..jumat 08:00" : "..fri 08:00", 3)).toContain(id ? "**jumat** — hari: Jumat" : "**fri** — weekday: Friday");
    expect(await hoverAt(id ? "butuh ruang aula\n}" : "needs room aula\n}", 7)).toContain(id ? "**ruang** — jenis sumber daya: " : "**room** — resource kind: ");
    // A property keyword: its name as written and its documentation.
    expect(await hoverAt(id ? "kategori mendongeng" : "category storytelling", 2)).toContain(id ? "Jenis kegiatan." : "What kind of activity it is.");
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("hovers an obligation's first word as that word, with the statement's documentation (not its sessions' keyword)", async () => {
    const id = ex.lang === "id";
    const text = `${session.text(ex.programs)}\n\n${id ? "kesepakatan baru {\n  minimal 3 sesi x per bulan\n}" : "agreement fresh {\n  at least 3 sessions of x per month\n}"}\n`;
    session.change(ex.programs, ++version, text);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, id ? "minimal 3" : "at least 3", 1) });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? "";
    expect(value).toMatch(id ? /^\*\*minimal\*\*/ : /^\*\*at least\*\*/);
    expect(value).not.toMatch(/^\*\*(sesi|sessions)\*\*/);
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("hovers a declaration's keyword with what it declares and the properties it requires", async () => {
    const id = ex.lang === "id";
    const text = `${session.text(ex.programs)}\n\n${id ? "program baru {\n  kategori mendongeng\n}" : "program fresh {\n  category storytelling\n}"}\n`;
    session.change(ex.programs, ++version, text);
    const needle = id ? "program baru" : "program fresh";
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, needle, 3) });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? "";
    expect(value).toMatch(id ? /^\*\*program\*\* — deklarasi\n\n/ : /^\*\*program\*\* — declaration\n\n/);
    expect(value).toContain(id ? "*wajib*: `kategori`" : "*required*: `category`");
    expect(hover?.range?.end.character).toBe("program".length);
    // The name after it is still the name's hover, not the keyword's.
    const name = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, needle, needle.length - 1) });
    expect((name?.contents as MarkupContent | undefined)?.value ?? "").not.toContain(id ? "— deklarasi" : "— declaration");
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("hovers `import` and `horizon` (`impor`, `cakrawala`) with what they do", async () => {
    const id = ex.lang === "id";
    const text = `${id ? 'impor "./mitra.lontar"\ncakrawala 2026-01-01..2026-12-31' : 'import "./partners.lontar"\nhorizon 2026-01-01..2026-12-31'}\n${session.text(ex.programs)}`;
    session.change(ex.programs, ++version, text);
    const hoverAt = async (needle: string): Promise<string> => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, needle, 2) });
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
    expect(await hoverAt(id ? "impor" : "import")).toContain(id ? "**impor** — Membaca deklarasi dari berkas `.lontar` lain" : "**import** — Reads the declarations of another `.lontar` file");
    expect(await hoverAt(id ? "cakrawala" : "horizon")).toContain(id ? "**cakrawala** — Tanggal-tanggal yang dicakup rencana" : "**horizon** — The dates the plan covers");
    // A word of the imported file's name is no keyword there (`./mitra.lontar` showed the doc of `mitra`: an editor walk):
    // the path says the file it reads and what that declares (an editor walk of stop 59: nothing was shown).
    const imported = await hoverAt(id ? "mitra.lontar" : "partners.lontar");
    expect(imported).toMatch(id ? /^`mitra\.lontar` — mendeklarasikan \d+: \d+ `mitra`/ : /^`partners\.lontar` — declares \d+: \d+ `partner`/);
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("hovers a library's time zone with its name and Indonesia's provinces in it", async () => {
    const id = ex.lang === "id";
    const text = `${session.text(ex.programs)}\n\n${id ? 'perpustakaan baru {\n  zona_waktu "Asia/Makassar"\n}' : 'library fresh {\n  timezone "Asia/Makassar"\n}'}\n`;
    session.change(ex.programs, ++version, text);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, "Asia/Makassar", 6) });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? "";
    expect(value).toMatch(/^\*\*Asia\/Makassar\*\* — WITA — /);
    expect(value).toContain("Bali");
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("hovers a skill with who holds it and which programs ask for it", async () => {
    session.open(ex.resources);
    const text = session.text(ex.resources);
    const skill = ex.lang === "id" ? "menulis" : "storytelling";
    const keyword = ex.lang === "id" ? "keahlian " : "skills ";
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.resources) }, position: positionOf(text, `${keyword}${skill}`, keyword.length + 2) });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? "";
    expect(value).toMatch(ex.lang === "id" ? /^\*\*menulis\*\* — dimiliki oleh `[a-z_]+`.*; diminta oleh `[a-z_]+`/ : /^\*\*storytelling\*\* — held by `[a-z_]+`.*; asked for by /);
  });

  it("hovers a referenced name with its doc comment, kind and declaration", async () => {
    const text = session.text(ex.programs);
    session.change(ex.programs, ++version, text);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, ex.room, 2) });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain(ex.room);
    expect(value).toContain(ex.lang === "id" ? "*ruang*" : "*room*");
    expect(value).toContain(ex.resources);
  });

  it("hovers a property keyword with its documentation in the client's language", async () => {
    const text = session.text(ex.programs);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, `${ex.categoryKw} `, 1) });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain(ex.lang === "id" ? "properti" : "property");
    // The kind in the client's language, and the values the property allows as the file writes them.
    expect(value).toContain(ex.lang === "id" ? "kategori program: `" : "program category: `");
    expect(value).toContain(ex.lang === "id" ? "`mendongeng` (Mendongeng" : "`storytelling` (Storytelling");
  });

  it("publishes an edit's diagnostics before answering a hover that waits for the whole analysis of that edit", async () => {
    const text = session.text(ex.programs);
    const nth = text.slice(0, text.indexOf(`program ${ex.program} `)).split(`\n  ${ex.scheduleKw} `).length - 1;
    const position = positionOf(text, `\n  ${ex.scheduleKw} `, ex.scheduleKw.length + 5, nth);
    const edited = ++version;
    session.change(ex.programs, edited, `${text}\n// a note\n`);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position });
    // Messages arrive in the order the server sent them: the diagnostics were there before the hover's answer.
    const versions = session.published.filter((p) => p.uri === session.uri(ex.programs)).map((p) => p.version);
    expect(versions).toContain(edited);
    expect((hover?.contents as MarkupContent).value).toContain("Asia/Jakarta");
    session.change(ex.programs, ++version, text);
    await session.diagnostics(ex.programs, version);
  });

  it("hovers a schedule with its next five dates in the library's zone", async () => {
    const text = session.text(ex.programs);
    const nth = text.slice(0, text.indexOf(`program ${ex.program} `)).split(`\n  ${ex.scheduleKw} `).length - 1;
    const position = positionOf(text, `\n  ${ex.scheduleKw} `, ex.scheduleKw.length + 5, nth);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain("Asia/Jakarta");
    // Each row: the date, its weekday, and the session's local start and end.
    const dates = [...value.matchAll(/^- (\d{4}-\d{2}-\d{2}) \(\S+\) \d{2}:\d{2}–\d{2}:\d{2}$/gm)].map((m) => m[1]);
    expect(dates.length).toBe([...value.matchAll(/^- /gm)].length);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.length).toBeLessThanOrEqual(5);
    expect(dates.every((d) => (d ?? "") >= ex.today)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it("hovers an obligation's first word as an obligation, not a property, and its verb with what it does", async () => {
    session.open(ex.agreements);
    const text = session.text(ex.agreements);
    const hoverAt = async (needle: string): Promise<string> => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.agreements) }, position: positionOf(text, needle, 1) });
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
    expect(await hoverAt(ex.lang === "id" ? "minimal 1 sesi" : "at least 4")).toMatch(ex.lang === "id" ? /^\*\*minimal\*\* — kewajiban \(kesepakatan\)/ : /^\*\*at least\*\* — obligation \(agreement\)/);
    const verb = ex.lang === "id" ? "menyediakan" : "hosts";
    expect(await hoverAt(` ${verb} `)).toMatch(ex.lang === "id" ? /^\*\*menyediakan\*\* — Kewajiban dalam kesepakatan/ : /^\*\*hosts\*\* — An agreement's obligation/);
    // The period of an obligation (it had no documentation).
    expect(await hoverAt(" semester\n")).toMatch(ex.lang === "id" ? /^\*\*semester\*\* — Semester \(Januari sampai Juni/ : /^\*\*semester\*\* — A half year/);
  });

  it("hovers a rule's `warn` and an indicator's `metric` and `target` with what each does (they showed nothing)", async () => {
    const id = ex.lang === "id";
    const added = id
      ? "aturan baru {\n  ketika hari == jumat\n  maka peringatkan \"x\"\n}\nkpi baru {\n  indikator pengunjung metrik kunjungan bobot 100 target 500 per bulan\n}\n"
      : "rule fresh {\n  when weekday == fri\n  then warn \"x\"\n}\nkpi fresh {\n  indicator footfall metric visits weight 100 target 500 per month\n}\n";
    const text = `${session.text(ex.programs)}\n\n${added}`;
    session.change(ex.programs, ++version, text);
    const hoverAt = async (needle: string): Promise<string> => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, needle, 1) });
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
    expect(await hoverAt(id ? " peringatkan " : " warn ")).toMatch(id ? /^\*\*peringatkan\*\* — Akibat sebuah aturan: kegiatan/ : /^\*\*warn\*\* — A rule's effect: the occurrences/);
    expect(await hoverAt(id ? " metrik " : " metric ")).toMatch(id ? /^\*\*metrik\*\* — Dalam indikator KPI/ : /^\*\*metric\*\* — In a KPI indicator/);
    expect(await hoverAt(" target ")).toMatch(id ? /^\*\*target\*\* — Dalam indikator KPI/ : /^\*\*target\*\* — In a KPI indicator/);
    session.change(ex.programs, ++version, session.text(ex.programs));
  });

  it("shows no keyword's documentation for a word of a condition, where it names a fact (`kategori` of `program.kategori` is no budget's category)", async () => {
    const rule = ex.lang === "id" ? "aturan baru {\n  ketika program.kategori == mendongeng && hari == jumat\n  maka peringatkan \"x\"\n}\n" : "rule fresh {\n  when program.category == storytelling && weekday == fri\n  then warn \"x\"\n}\n";
    const text = `${session.text(ex.programs)}\n\n${rule}`;
    session.change(ex.programs, ++version, text);
    for (const word of ex.lang === "id" ? [".kategori", "hari =="] : [".category", "weekday =="]) {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, word, word.startsWith(".") ? 2 : 1) });
      expect((hover?.contents as MarkupContent | undefined)?.value ?? "", word).not.toMatch(/Peruntukan anggaran|Budget allocation|sebagai satuan|as a unit/);
    }
    // The fact itself: what it means, in the reader's language, and that only a rule sees an occurrence's.
    const fact = async (word: string): Promise<string> => {
      const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.programs) }, position: positionOf(text, word, 2) });
      return (hover?.contents as MarkupContent | undefined)?.value ?? "";
    };
    expect(await fact(ex.lang === "id" ? "program.kategori" : "program.category")).toBe(ex.lang === "id" ? "**program.kategori** — fakta kondisi\n\nKategori program." : "**program.category** — fact of a condition\n\nThe program's category.");
    expect(await fact(ex.lang === "id" ? "hari ==" : "weekday ==")).toContain(ex.lang === "id" ? "hanya dikenal untuk kegiatan dalam aturan" : "known for a rule's occurrences only");
  });

  it("hovers an agreement with whether each obligation holds per period", async () => {
    session.open(ex.agreements);
    const text = session.text(ex.agreements);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(ex.agreements) }, position: positionOf(text, ex.agreement, 1) });
    const value = (hover?.contents as MarkupContent).value;
    // The agreement's status in words, as `lontar plan` says it (plan.json's `ok`).
    expect(value).toContain(ex.lang === "id" ? "**Kewajiban per periode** (terpenuhi)" : "**Obligations per period** (met)");
    expect(value).toMatch(ex.lang === "id" ? /terpenuhi/ : /holds/);
    // Each period's row names its obligation, as `lontar check` numbers them.
    expect(value).toMatch(ex.lang === "id" ? /^- kewajiban 1, \d{4}-\d\d-\d\d\.\./m : /^- obligation 1, \d{4}-\d\d-\d\d\.\./m);
  });
});
