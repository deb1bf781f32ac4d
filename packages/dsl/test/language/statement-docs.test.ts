import { analyzeWorkspace, explainableWords, explainKeyword, KEYWORDS } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { LIBRARY_AND_HALL } from "../semantics/helpers/prelude.js";
import { STATEMENT_DOCS } from "../../src/language/statement-docs.js";

const LIBRARY = LIBRARY_AND_HALL;
const PROGRAM = {
  en: (schedule: string) => `program p at lib {\n  category storytelling\n  needs room aula\n  ${schedule}\n}\n`,
  id: (schedule: string) => `program p di lib {\n  kategori storytelling\n  butuh ruang aula\n  ${schedule}\n}\n`,
} as const;

/** A program's weekly sessions, for an obligation's example to count. */
const WEEKLY = { en: "schedule every week on tue at 10:00 for 1h", id: "jadwal setiap minggu pada selasa pukul 10:00 selama 1 jam" } as const;
/** An agreement around an obligation line, with its partner. */
const AGREEMENT = {
  en: (line: string) => `partner disdik { kind government_agency }\nagreement mou {\n  between lib and disdik\n  valid 2025-01-01..2025-12-31\n  ${line}\n}\n`,
  id: (line: string) => `mitra disdik { jenis opd }\nkesepakatan mou {\n  antara lib dan disdik\n  berlaku 2025-01-01..2025-12-31\n  ${line}\n}\n`,
} as const;

/** A program line (a need, an order between programs) in a program with weekly sessions, beside a second program `q`. */
const PROGRAM_LINE = {
  en: (line: string) => `program p at lib {\n  category storytelling\n  ${WEEKLY.en}\n  ${line}\n}\nprogram q at lib {\n  category storytelling\n  needs room aula\n  schedule once 2025-06-01 at 10:00 for 1h\n}\n`,
  id: (line: string) => `program p di lib {\n  kategori storytelling\n  ${WEEKLY.id}\n  ${line}\n}\nprogram q di lib {\n  kategori storytelling\n  butuh ruang aula\n  jadwal sekali 2025-06-01 pukul 10:00 selama 1 jam\n}\n`,
} as const;
/** A KPI around an indicator line, and a rule around an effect line. */
const KPI = { en: (line: string) => `kpi k {\n  ${line}\n}\n`, id: (line: string) => `kpi k {\n  ${line}\n}\n` } as const;
const RULE = { en: (line: string) => `rule r {\n  when weekday == fri\n  ${line}\n}\n`, id: (line: string) => `aturan r {\n  ketika hari == jumat\n  ${line}\n}\n` } as const;

/** The example as a workspace: a schedule inside a program, an obligation inside an agreement, a program's, a KPI's or a rule's line in one, a statement at the top, an import with its file. */
function workspaceOf(example: string, lang: "en" | "id"): { path: string; text: string }[] {
  // Recurring schedules run through the workspace's horizon, as the docs say.
  const main = /^(schedule|jadwal) /.test(example)
    ? `horizon 2025-01-01..2025-12-31\n${LIBRARY}${PROGRAM[lang](example)}`
    : /^(library|partner|perpustakaan|mitra|at|minimal|maksimal) /.test(example)
      ? `horizon 2025-01-01..2025-12-31\n${LIBRARY}${PROGRAM[lang](WEEKLY[lang])}${AGREEMENT[lang](example)}`
      : /^(needs|butuh|before|sebelum) /.test(example)
        ? `horizon 2025-01-01..2025-12-31\n${LIBRARY}${PROGRAM_LINE[lang](example)}`
        : /^(indicator|indikator) /.test(example)
          ? `${LIBRARY}${KPI[lang](example)}`
          : /^(then|maka) /.test(example)
            ? `${LIBRARY}${RULE[lang](example)}`
            : /^(open|buka|closed|tutup) /.test(example)
              ? `${LIBRARY.replace("  stage implementation\n", `  stage implementation\n  ${example}\n`)}`
              : `${example}\n${LIBRARY}`;
  const files = [{ path: "/ws/main.lontar", text: main }];
  const imported = /^(import|impor) "\.\/(.+)"$/.exec(example)?.[2];
  return imported === undefined ? files : [...files, { path: `/ws/${imported}`, text: "partner disdik { kind government_agency }\n" }];
}

describe("the documentation of statement and schedule words", () => {
  it("documents tokens of the keyword table only", () => {
    const tokens = new Set(KEYWORDS.map((k) => k.token));
    for (const token of Object.keys(STATEMENT_DOCS)) expect(tokens, token).toContain(token);
  });

  for (const [token, doc] of Object.entries(STATEMENT_DOCS)) {
    for (const lang of ["en", "id"] as const) {
      it(`${token}: the ${lang} example compiles with no diagnostic`, () => {
        const files = workspaceOf(doc.example[lang], lang);
        const byPath = new Map(files.map((f) => [f.path, f.text]));
        const result = analyzeWorkspace({ root: "/ws", files: files.slice(0, 1), readFile: (p) => byPath.get(p) });
        expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
        expect(result.workspace).toBeDefined();
      });
    }
  }

  it("explain answers every spelling of each documented word, in the word's language", () => {
    for (const entry of KEYWORDS) {
      const doc = STATEMENT_DOCS[entry.token];
      if (doc === undefined) continue;
      for (const word of entry.en) expect(explainKeyword(word), word).toContain(doc.doc.en);
      for (const word of entry.id.filter((w) => !entry.en.includes(w))) expect(explainKeyword(word), word).toContain(doc.doc.id);
    }
    expect(explainKeyword("horizon")).toMatch(/^# `horizon` \/ `cakrawala`\n/);
    expect(explainKeyword("tiap")).toMatch(/^# `setiap` \/ `tiap` \/ `every`\n\nJadwal berulang/);
    expect(explainKeyword("cakrawala")).toContain("```lontar\ncakrawala 2025-01-01..2025-12-31\n```");
  });

  it("explains a day of the week in the word's language, and `minggu` as Sunday and as a week", () => {
    expect(explainKeyword("ahad")).toMatch(/^# `minggu` \/ `ahad` \/ `sun` \/ `sunday`\n\nMinggu\. Hari dalam pekan/);
    expect(explainKeyword("friday")).toMatch(/^# `fri` \/ `friday` \/ `jumat` \/ `jum`\n\nFriday\. A day of the week/);
    const minggu = explainKeyword("minggu") ?? "";
    expect(minggu).toContain("Minggu. Hari dalam pekan");
    expect(minggu).toContain(STATEMENT_DOCS["WeekUnit"]?.doc.id ?? "(none)");
  });

  it("explains an ordinal and a month's name in the word's language, each example compiling as a schedule", () => {
    expect(explainKeyword("kedua")).toMatch(/^# `kedua` \/ `second`\n\nUrutan sebuah hari dalam bulan/);
    expect(explainKeyword("kedua")).toContain("jadwal setiap bulan pada kamis kedua dan keempat");
    expect(explainKeyword("last")).toMatch(/^# `last` \/ `terakhir`\n\nWhich one of a weekday in the month/);
    expect(explainKeyword("agustus")).toMatch(/^# `agustus` \/ `agu` \/ `agt` \/ `aug` \/ `august`\n\nAgustus\. Nama bulan/);
    for (const word of ["kedua", "second", "agustus", "aug"]) {
      const example = /```lontar\n(.*)\n```/.exec(explainKeyword(word) ?? "")?.[1] ?? "";
      const lang = /^jadwal/.test(example) ? "id" : "en";
      const analysis = analyzeWorkspace({ root: "/ws", files: workspaceOf(example, lang) });
      expect(analysis.diagnostics.filter((d) => d.severity !== "info"), `${word}: ${example}`).toEqual([]);
    }
  });

  it("explains `cuti bersama` and `libur nasional`, a word of them or the whole phrase, under the phrase in both languages", () => {
    for (const words of ["cuti bersama", "cuti", "bersama"]) expect(explainKeyword(words), words).toMatch(/^# `cuti bersama` \/ `collective leave`\n\nCuti bersama: hari-hari/);
    for (const words of ["collective leave", "collective", "leave"]) expect(explainKeyword(words), words).toMatch(/^# `collective leave` \/ `cuti bersama`\n\nCuti bersama: the collective leave days/);
    for (const words of ["libur nasional", "nasional", "hari libur"]) expect(explainKeyword(words), words).toMatch(/^# `libur nasional` \/ `public holidays`\n\n`tutup pada libur nasional`/);
    for (const words of ["public holidays", "public holiday", "public"]) expect(explainKeyword(words), words).toMatch(/^# `public holidays` \/ `libur nasional`\n\n`closed on public holidays`/);
    // Stop 57: `termasuk libur` as written after a schedule, in the words' language.
    for (const words of ["termasuk libur", "termasuk hari libur"]) expect(explainKeyword(words), words).toMatch(/^# `termasuk libur` \/ `including holidays`\n\n`termasuk libur`: mempertahankan/);
    expect(explainKeyword("including holidays")).toMatch(/^# `including holidays` \/ `termasuk libur`\n\n`including holidays`: keeps/);
    // Extra spaces between the words are no different word; a phrase of words that are no such phrase stays unknown.
    expect(explainKeyword("  cuti   bersama ")).toBe(explainKeyword("cuti bersama"));
    expect(explainKeyword("bersama cuti")).toBeUndefined();
    expect(explainKeyword("cuti besar")).toBeUndefined();
    expect(explainableWords()).toEqual(expect.arrayContaining(["cuti", "bersama", "collective", "leave", "cuti bersama", "collective leave", "libur nasional", "public holidays"]));
  });

  it("says what the planner does: `closed on public holidays` already closes on cuti bersama, `… and collective leave` adds nothing", () => {
    // The planner (closureCalendar) closes on the decreed national holidays and cuti bersama for every public-holidays closure.
    for (const word of ["libur", "holidays", "tutup", "closed", "nasional", "public", "cuti", "collective"]) {
      const text = explainKeyword(word) ?? "";
      expect(text, word).not.toMatch(/adds the cuti bersama|menambahkan hari cuti bersama/);
      expect(text, word).toMatch(/cuti bersama/);
    }
    expect(explainKeyword("libur")).toContain("yang sudah termasuk hari cuti bersama (`… dan cuti bersama` sama artinya;");
    expect(explainKeyword("holidays")).toContain("which includes the cuti bersama days (`… and collective leave` says the same;");
  });

  it("names a library's holidays closure as the docs, examples and snippets write it (`tutup pada libur nasional`), not `tutup pada hari libur`", () => {
    for (const [token, entry] of Object.entries(STATEMENT_DOCS)) {
      for (const form of entry.doc.id.match(/`tutup pada [^`]*`/g) ?? []) expect(form, token).toMatch(/^`tutup pada libur nasional/);
      for (const form of entry.doc.en.match(/`closed on [^`]*`/g) ?? []) expect(form, token).toMatch(/^`closed on public holidays/);
    }
    expect(explainKeyword("libur", "id")).toContain("dengan `tutup pada libur nasional`");
    expect(explainKeyword("holidays")).toContain("with `closed on public holidays`");
  });

  it("leaves declaration and property words to the language table, and unknown words unknown", () => {
    expect(explainKeyword("library")).toMatch(/^# `library` \/ `perpustakaan`/);
    // Spelled alike in both languages: in the reader's language, English when not given.
    expect(explainKeyword("kpi", "id")).toMatch(/^# `kpi` \/ `iku`\n\nKPI: indikator berbobot/);
    expect(explainKeyword("kpi")).toMatch(/^# `kpi` \/ `iku`\n\nA KPI: weighted indicators/);
    expect(explainKeyword("program", "id")).toContain("\nProperti:\n");
    expect(explainKeyword("rrule", "id")).toMatch(/^# `rrule`\n\nAturan pengulangan RFC 5545/);
    expect(explainKeyword("perpustakaan", "en")).toMatch(/^# `perpustakaan` \/ `library`\n\nPerpustakaan:/);
    expect(explainKeyword("schedul")).toBeUndefined();
  });
});
