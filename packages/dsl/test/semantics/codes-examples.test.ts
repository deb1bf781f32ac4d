import { localizeDiagnostic } from "@lontar/core";
import { analyzeWorkspace, checkSource, type Diagnostic } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { LIBRARY_AND_HALL } from "./helpers/prelude.js";

const PRELUDE = `${LIBRARY_AND_HALL}staff petugas at lib { role officer }
partner disdik { kind government_agency }
program kelas at lib {
  category class
  schedule once 2019-04-20 at 08:00 for 2h
}
`;

const program = (body: string): string => `program p at lib {\n  category storytelling\n${body}\n}\n`;
const once = "  schedule once 2019-04-20 at 08:00\n";

/** Line and column (1-based) of `marker` (+ `shift` characters) inside `text`. */
function position(text: string, marker: string, shift = 0): { line: number; column: number } {
  const index = text.lastIndexOf(marker);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  const before = text.slice(0, index + shift).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

interface Case {
  readonly code: string;
  readonly source: string;
  /** The text the diagnostic starts at (its last occurrence in the source), and a shift into it. */
  readonly at: string;
  readonly shift?: number;
  readonly noPrelude?: boolean;
}

const CASES: readonly Case[] = [
  { code: "LON2001", source: "room aula at lib { capacity 10 }", at: "aula at lib { capacity 10", shift: 0 },
  { code: "LON2002", source: program(`${once}  needs room aul`), at: "aul\n" },
  { code: "LON2003", source: program(`${once}  needs vehicle aula`), at: "aula\n" },
  { code: "LON2004", source: `library lib2 { tier desa region "Aceh" }\nprogram tanpa { category class\n schedule once 2019-04-20 }`, at: "tanpa" },
  { code: "LON2005", source: program(`${once}  sites disdk, kampung_jawa`), at: "disdk" },
  { code: "LON3001", source: program("  schedule once 2019-02-30 at 08:00"), at: "2019-02-30" },
  { code: "LON3002", source: program("  schedule once 2019-04-21 at 25:00"), at: "25:00" },
  { code: "LON3003", source: program("  schedule every week on mon from 2019-12-01 until 2019-02-01"), at: "2019-02-01" },
  { code: "LON3004", source: `library lib2 { tier citty region "Aceh" }`, at: "citty" },
  { code: "LON3005", source: `library lib2 { tier desa region "Aceh" stage implementing }`, at: "implementing" },
  { code: "LON3006", source: "room r2 at lib {\n  capacity 5\n  schedule once 2019-04-20\n}", at: "schedule once 2019-04-20\n}" },
  { code: "LON3007", source: `partner mitra { name "Mitra" }`, at: "mitra" },
  { code: "LON3008", source: "room r2 at lib {\n  capacity 5\n  capacity 6\n}", at: "capacity 5" },
  { code: "LON3009", source: program("  schedule every 0 weeks on mon from 2019-01-07"), at: "every 0" },
  { code: "LON3010", source: `library lib2 { tier desa region "Atlantis" }`, at: `"Atlantis"` },
  { code: "LON3101", source: `rule r { when program.kind == festival then warn "x" }`, at: "program.kind" },
  { code: "LON3102", source: `rule r { when weekday == 5 then warn "x" }`, at: "weekday == 5" },
  { code: "LON3103", source: `rule r { when month =~ /1/ then warn "x" }`, at: "month =~" },
  { code: "LON3104", source: `rule r { when overlaps(11:30) then warn "x" }`, at: "overlaps(11:30)" },
  { code: "LON3105", source: `agreement a { between lib and disdik valid 2019-01-01..2019-12-31 when library.stage >= 3 }`, at: "library.stage >= 3" },
  { code: "LON3106", source: `agreement a { between lib and disdik valid 2019-01-01..2019-12-31 when weekday == mon }`, at: "weekday == mon" },
  { code: "LON3201", source: program(`${once}  needs room with capacity >= 500`), at: "500" },
  { code: "LON3202", source: program(`${once}  needs 1 staff with role kelurahan_officer`), at: "kelurahan_officer" },
  { code: "LON3202", source: program(`${once}  needs room with proyektor`), at: "proyektor" },
  { code: "LON3203", source: `volunteer rina at lib { skills storytelling }\nvolunteer dewi at lib { skills storyteling }\n${program(`${once}  needs 1 volunteer with skill storytelling`)}`, at: "storyteling" },
  { code: "LON3011", source: `library kota2 { tier city level sd region "Aceh" }`, at: "sd region" },
  { code: "LON3011", source: `room aula2 at dispusip_solok { capacity 0 }`, at: "0 }" },
  { code: "LON3007", source: `library sek { tier school region "Aceh" }`, at: "sek {" },
  { code: "LON3007", source: `perpustakaan sek2 { jenjang sekolah wilayah "Aceh" }`, at: "sek2 {" },
  { code: "LON4001", source: program("  schedule every year on 30 feb from 2019-01-01"), at: "30 feb" },
  { code: "LON4002", source: program(`  schedule rrule "FREQ=FORTNIGHTLY" starting 2019-01-01T10:00`), at: `"FREQ=FORTNIGHTLY"` },
  { code: "LON4003", source: program("  schedule 10 times per week on mon between 08:00-10:00 for 2h"), at: "10 times" },
  { code: "LON4004", source: program(`  schedule rrule "FREQ=HOURLY" starting 2019-01-01T00:00 until 2035-12-31`), at: "rrule" },
  { code: "LON4012", source: program("  schedule every week on tue, fri at 09:00 from 2019-02-12 until 2919-12-20"), at: "every week" },
  { code: "LON4017", source: program("  schedule every week on mon at 01:30 from 2019-01-07 until 2019-06-30"), at: "01:30" },
  { code: "LON4018", source: program("  schedule every week on mon from 2019-01-07 until 2019-06-30"), at: "every week on mon from" },
  { code: "LON4016", source: program(`  schedule rrule "FREQ=SECONDLY" starting 2019-01-01T09:00 until 2019-01-31 for 1h`), at: "rrule" },
  { code: "LON4012", source: `horizon 0224-01-01..2024-12-31\n${program("  schedule every week on thu at 13:30")}`, at: "horizon" },
  { code: "LON4005", source: `program a at lib { category class\n schedule once 2019-04-20\n before b }\nprogram b at lib { category class\n schedule once 2019-05-20\n before a }`, at: "before a" },
  { code: "LON4006", source: program("  schedule every week on mon at 08:30"), at: "every week" },
  { code: "LON4007", source: program("  schedule every week on mon from 2019-01-07 until 2019-06-30 for 10 times"), at: "10 times" },
  { code: "LON4007", source: program(`  schedule rrule "FREQ=WEEKLY;BYDAY=MO;UNTIL=20190630" starting 2019-01-07 for 10 times`), at: "10 times" },
  { code: "LON4008", source: program(`  schedule rrule "FREQ=WEEKLY;BYDAY=MO;COUNT=3" starting 2019-01-07 for 5 times`), at: "5 times" },
  { code: "LON4009", source: program("  schedule once 2019-04-20 at 09:00 for 3 times"), at: "3 times" },
  { code: "LON4010", source: program(`  schedule rrule "FREQ=DAILY;COUNT=3" starting 2019-01-01T10:00:30`), at: "2019-01-01T10:00:30" },
  { code: "LON5001", source: `agreement a { between aula and disdik valid 2019-01-01..2019-12-31 }`, at: "aula and" },
  { code: "LON5002", source: `agreement a { between lib and disdik valid 2019-01-01..2019-12-31\n partner hosts aula }`, at: "aula }" },
  { code: "LON5003", source: `agreement a { between lib and disdik valid 2019-12-31..2019-01-01 }`, at: "2019-12-31..2019-01-01" },
  { code: "LON5004", source: `horizon 2020-01-01..2020-12-31\nagreement a { between lib and disdik valid 2019-01-01..2019-12-31 }`, at: "2019-01-01..2019-12-31" },
  { code: "LON5005", source: `agreement a { between lib and disdik valid 2019-01-01..2019-12-31 partner hosts kelas }`, at: "kelas }" },
  { code: "LON5006", source: `agreement a { between lib and disdik valid 2019-01-01..2019-12-31 at least 1 session of kelas at balai per month }`, at: "balai per" },
  { code: "LON5007", source: `budget dana at lib { amount Rp 1.000.000 period 2019 }\nagreement a { between lib and disdik valid 2019-01-01..2019-12-31 partner pays Rp 2.000.000 for kelas from dana }`, at: "Rp 2.000.000" },
  { code: "LON5008", source: `library desa { tier village region "Sumatera Barat" / "Kota Solok" }\nagreement a { between desa and disdik valid 2019-01-01..2019-12-31 at least 1 session of kelas per month }`, at: "kelas per" },
];

const show = (ds: readonly Diagnostic[]): string => ds.map((d) => `${d.code} ${d.location.range.start.line}:${d.location.range.start.column} ${d.message}`).join("\n");

describe("each diagnostic code, triggered from source at the right place", () => {
  it("the prelude alone is clean and compiles", () => {
    const result = checkSource(PRELUDE, "main.lontar");
    expect(show(result.diagnostics)).toBe("");
    expect(result.workspace?.libraries[0]?.tier).toBe("kota");
  });

  for (const c of CASES) {
    it(`${c.code}: ${c.source.split("\n").find((l) => l.includes(c.at.split("\n")[0] ?? "")) ?? c.source}`, () => {
      const text = `${PRELUDE}${c.source}\n`;
      const result = checkSource(text, "main.lontar");
      const found = result.diagnostics.filter((d) => d.code === c.code);
      expect(found.length, show(result.diagnostics)).toBeGreaterThan(0);
      const where = position(text, c.at, c.shift ?? 0);
      expect(found.map((d) => ({ line: d.location.range.start.line, column: d.location.range.start.column })), show(result.diagnostics)).toContainEqual(where);
      expect(result.diagnostics.filter((d) => d.code.startsWith("LON1")), show(result.diagnostics)).toEqual([]);
      if (found.some((d) => d.severity === "error")) expect(result.workspace).toBeUndefined();
    });
  }
});

describe("a feature no room has (LON3202)", () => {
  const text = `${LIBRARY_AND_HALL}room lab at lib { capacity 20  features projector, sound_system }\n${program(`${once}  needs room with proyektor`)}`;

  it("names the feature in both languages and offers the declared one as an edit", () => {
    const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
    expect(rest, show(rest)).toEqual([]);
    expect(found?.code).toBe("LON3202");
    expect(found?.message).toBe("no room has the feature `proyektor`");
    expect(found === undefined ? "" : localizeDiagnostic(found, "id").message).toBe("tidak ada ruang dengan fasilitas `proyektor`");
    expect(found?.suggestions?.[0]?.edits).toEqual([{ location: found?.location, text: "projector" }]);
  });

  it("is quiet when some room has it, or when the need names its room", () => {
    expect(checkSource(text.replace("with proyektor", "with projector"), "main.lontar").diagnostics).toEqual([]);
    expect(checkSource(text.replace("needs room with proyektor", "needs room lab"), "main.lontar").diagnostics).toEqual([]);
  });
});

describe("a flexible schedule with `between` and no `on`", () => {
  it("may take any day, in either language: it compiles with all seven days and fits its count", () => {
    for (const schedule of ["schedule 2 times per day between 08:00-12:00 for 1h", "jadwal 4 kali per minggu antara 08:00-12:00 selama 2 jam"]) {
      const result = checkSource(`${LIBRARY_AND_HALL}${program(`  ${schedule}`)}`, "main.lontar");
      expect(result.diagnostics, show(result.diagnostics)).toEqual([]);
      const compiled = result.workspace?.programs.find((p) => p.id === "p")?.schedules[0];
      expect(compiled).toMatchObject({ kind: "flexible", windows: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], time: { start: "08:00", end: "12:00" } }] });
    }
  });
});

describe("a time that is not HH:mm (LON3002)", () => {
  it("is one error, never also a schedule that never occurs, with the two-digit hour as the fix", () => {
    const text = `${LIBRARY_AND_HALL}${program("  schedule every week on tue at 9:00 from 2026-01-06 until 2026-03-31")}`;
    const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
    expect(rest, show(rest)).toEqual([]);
    expect(found?.code).toBe("LON3002");
    expect(found?.suggestions?.[0]?.edits).toEqual([{ location: found?.location, text: "09:00" }]);
    const late = checkSource(text.replace("9:00", "25:00"), "main.lontar").diagnostics;
    expect(late.map((d) => d.code)).toEqual(["LON3002"]);
    expect(late[0]?.suggestions).toEqual([]);
  });

  it("an hour from 1 to 6 (`1:30`) offers the night's and the afternoon's reading, neither applied", () => {
    const text = `${LIBRARY_AND_HALL}${program("  schedule every week on tue at 1:30 from 2026-01-06 until 2026-03-31")}`;
    const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
    expect(rest, show(rest)).toEqual([]);
    expect(found?.message).toBe("`1:30`: Lontar writes the hour with two digits, on a 24-hour clock: `01:30`, or `13:30` in the afternoon");
    expect(found?.suggestions.map((f) => [f.edits.map((e) => e.text).join(""), f.preferred ?? false])).toEqual([["01:30", false], ["13:30", false]]);
    expect(localizeDiagnostic(found!, "id").message).toContain("`13:30` bila siang atau sore");
    // `0:30` and `7:30` are one reading each: the fix is certain.
    for (const [written, fixed] of [["0:30", "00:30"], ["7:30", "07:30"]] as const) {
      const [one] = checkSource(text.replace("1:30", written), "main.lontar").diagnostics;
      expect(one?.suggestions.map((f) => [f.edits.map((e) => e.text).join(""), f.preferred])).toEqual([[fixed, true]]);
    }
  });
});

describe("a misspelt value (LON3004) is offered once, in the file's language", () => {
  it("`klas` gets `kelas` in an Indonesian file and `class` in an English one, each as an edit", () => {
    for (const [text, fix] of [
      [`perpustakaan lib2 { jenjang kota  wilayah "Aceh" }\nprogram p2 di lib2 { kategori klas\n  jadwal sekali 2019-04-20 pukul 08:00 }\n`, "kelas"],
      [`library lib2 { tier city  region "Aceh" }\nprogram p2 at lib2 { category klas\n  schedule once 2019-04-20 at 08:00 }\n`, "class"],
    ] as const) {
      const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
      expect(rest, show(rest)).toEqual([]);
      expect(found?.code).toBe("LON3004");
      expect(found?.suggestions.map((s) => s.edits.map((e) => e.text))).toEqual([[fix]]);
    }
  });
});

describe("an unknown fact (LON3101) in an Indonesian rule", () => {
  it("lists the facts by their Indonesian names and offers the one meant", () => {
    const text = `perpustakaan lib2 { jenjang kota  wilayah "Aceh" }\naturan r { ketika har == jumat maka peringatkan "x" }\n`;
    const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
    expect(rest, show(rest)).toEqual([]);
    const message = found === undefined ? "" : localizeDiagnostic(found, "id").message;
    expect(message).toContain("`hari`");
    expect(message).not.toContain("`weekday`");
    expect(found?.suggestions.map((s) => s.edits.map((e) => e.text))).toEqual([["hari"]]);
  });
});

describe("a day where a fact or a value stands (LON3101, LON3004): named as written, not as the tree keeps it", () => {
  it("`ketika jumat`, `program.kategori == jumat`, `senin == jumat` quote `jumat` and `senin`, never `fri` or `mon`", () => {
    const rule = (name: string, condition: string): string => `aturan ${name} {\n  ketika ${condition}\n  maka larang "x"\n}\n`;
    for (const [condition, code, written] of [["jumat", "LON3101", "jumat"], ["program.kategori == jumat", "LON3004", "jumat"], ["senin == jumat", "LON3101", "senin"]] as const) {
      const text = `perpustakaan lib2 { jenjang kota  wilayah "Aceh" }\n${rule("r", condition)}`;
      const [found, ...rest] = checkSource(text, "main.lontar").diagnostics;
      expect(rest, show(rest)).toEqual([]);
      expect(found?.code, condition).toBe(code);
      const id = found === undefined ? "" : localizeDiagnostic(found, "id").message;
      for (const message of [found?.message ?? "", id]) {
        expect(message, condition).toContain(`\`${written}\``);
        expect(message, condition).not.toMatch(/`(fri|mon)`/);
      }
    }
  });
});

describe("import codes, through analyzeWorkspace", () => {
  const files: Record<string, string> = {
    "/ws/main.lontar": `import "./a.lontar"\nimport "../outside.lontar"\nimport "./missing.lontar"\n${PRELUDE}`,
    "/ws/a.lontar": `import "./main.lontar"\n`,
  };
  const result = analyzeWorkspace({ root: "/ws", files: [{ path: "/ws/main.lontar", text: files["/ws/main.lontar"] ?? "" }], readFile: (p) => files[p] });

  it("LON2101 at the path leaving the root", () => {
    expect(result.diagnostics.find((d) => d.code === "LON2101")?.location).toMatchObject({ file: "main.lontar", range: { start: { line: 2, column: 8 } } });
  });
  it("LON2102 at the missing file's path", () => {
    expect(result.diagnostics.find((d) => d.code === "LON2102")?.location).toMatchObject({ file: "main.lontar", range: { start: { line: 3, column: 8 } } });
  });
  it("LON2103 at the import closing the cycle, a warning", () => {
    const cycle = result.diagnostics.find((d) => d.code === "LON2103");
    expect(cycle?.location).toMatchObject({ file: "a.lontar", range: { start: { line: 1, column: 1 } } });
    expect(cycle?.severity).toBe("warning");
  });
  it("diagnostics are sorted by file, line, column, code", () => {
    const keys = result.diagnostics.map((d) => [d.location.file, d.location.range.start.line, d.location.range.start.column, d.code] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : 1)));
    expect(keys).toEqual(sorted);
  });
});
