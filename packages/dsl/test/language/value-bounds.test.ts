import * as core from "@lontar/core";
import { checkSource, formatSource, LANGUAGE, propertySyntax, type DeclarationSpec } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { BOUNDED_PLACES, DECLARATION_SCHEMAS } from "../../src/language/value-bounds.js";
import { boundedPlaces } from "../../src/semantics/checker/value-bounds.js";
import { spell } from "../../src/syntax/keywords.js";

/**
 * Bounded core fields that no bounded place covers, each with why: another check reports
 * them at the value, or no planner writes them.
 */
const EXEMPT: readonly (readonly [RegExp, string])[] = [
  [
    /^(library|stage|gate\.minStage|partner)$|\.(resource|recipient|role|skill|preferred|budget|program|id)$|^(features|roles|skills|sites|partners|appliesTo|needs\.\*\.features|obligations\.\*\.sites)\.\*$/,
    "identifiers: the grammar reads a name (LON1xxx for anything else), the binder resolves it (LON2002, LON2003) or the program's sites hold it (LON5006)",
  ],
  [/^(gate\.condition|scope|when|conditions)(\.|$)/, "conditions: facts, functions and patterns come from the condition grammar (LON3101, LON3104, LON3107)"],
  [/(^|\.)(from|to|start|end|dtstart|dailyStart|dailyEnd)$|\.(exdates|rdates)\.\*$/, "dates and times: LON3001, LON3002 and LON3003 at the literal"],
  [/^timeZone$/, "an IANA zone: LON3010 at the string"],
  [/^schedules\.\*\.rrule$/, "a raw RRULE: LON4002 at the string"],
  [/^closures\.\*\.country$/, "written by the compiler (`ID`), never by a planner"],
  [/^maxHours\.\*\.hours$/, "`max`'s place holds every period to core's 168 hours a week (`maxHoursPerWeek`): at most 8,736 hours a year, within `maxHours`' 8,784"],
];

/** The core fields each declaration kind's properties set (obligation lines for an agreement). */
function spelt(spec: DeclarationSpec): ReadonlySet<string> {
  return new Set([...spec.properties.flatMap((p) => p.fields), ...(spec.kind === "agreement" ? ["obligations"] : [])]);
}

describe("the bounds of what a planner writes", () => {
  it("cover every bounded field of core's schemas that the language spells (exemptions have a reason)", () => {
    const missing: string[] = [];
    const skip = (schema: unknown): boolean => schema === core.Condition || schema === core.SourceSpan;
    for (const spec of LANGUAGE) {
      const fields = spelt(spec);
      const covered = new Set([...boundedPlaces(spec.kind).values()].flatMap((places) => places.flatMap((p) => p.fields.map((f) => f.join(".")))));
      for (const field of core.boundedFields(DECLARATION_SCHEMAS[spec.kind], skip)) {
        const path = field.path.join(".");
        if (!fields.has(field.path[0] ?? "") || covered.has(path) || EXEMPT.some(([pattern]) => pattern.test(path))) continue;
        missing.push(`${spec.kind}.${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("reads each place's bounds from core (every place leads to a bounded core field of each kind it applies in)", () => {
    const used = new Set<unknown>();
    for (const spec of LANGUAGE) {
      for (const places of boundedPlaces(spec.kind).values()) {
        for (const { place, fields, bounds } of places) {
          used.add(place);
          expect(bounds, `${spec.kind}.${place.key} → ${fields[0]?.join(".")}`).toBeDefined();
          // The other fields a place names have the same bounds as the first.
          for (const field of fields.slice(1)) {
            const schema = core.fieldSchema(DECLARATION_SCHEMAS[spec.kind], field);
            expect(schema && core.fieldBounds(schema), `${spec.kind}.${field.join(".")}`).toEqual(place.bounds?.bounds ?? bounds);
          }
        }
      }
    }
    expect(BOUNDED_PLACES.filter((p) => !used.has(p)).map((p) => p.key)).toEqual([]);
  });
});

/** What the bad values are written in: a plain number, or rupiah with dots. */
const plain = (n: number): string => String(n);
const rupiah = (n: number): string => `Rp ${n.toLocaleString("id")}`;

/** Each declaration kind with a slot `{}` where a property line goes (declarations the workspace head declares: `lib`, `p`, `c`, `q`). */
const DECLARATIONS: Readonly<Record<DeclarationSpec["kind"], string>> = {
  library: `library l2 { tier city  region "Aceh"  {} }`,
  partner: `partner p2 { kind ngo  {} }`,
  room: `room r2 at lib { capacity 10  {} }`,
  vehicle: `vehicle v2 at lib { capacity 600 books  {} }`,
  staff: `staff s2 at lib { {} }`,
  volunteer: `volunteer s3 at lib { {} }`,
  collection: `collection c2 at lib { packages 2  copies 3  {} }`,
  equipment: `equipment e2 at lib { {} }`,
  budget: `budget b2 at lib { amount Rp 100  period 2019  {} }`,
  program: `program p3 { library lib  category storytelling  schedule once 2019-04-20 at 08:00 for 2h  {} }`,
  agreement: `agreement a2 { between lib and p  valid 2019-01-01..2019-12-31  {} }`,
  rule: `rule r2 { when true  {} }`,
  kpi: `kpi k2 { indicator visits weight 1 target 1 per month  {} }`,
};

const HEAD = `horizon 2019-01-01..2019-12-31
library lib { tier city  region "Sumatera Barat" / "Kota Solok" }
partner p { kind ngo }
collection c at lib { packages 2  copies 30 }
program q { library lib  category storytelling  schedule once 2019-04-20 at 08:00 for 2h }
`;

/**
 * A property line writing `value` at each place (by its key and core field), and how the
 * value is written. The written value is where the diagnostic must start.
 */
const LINES: Readonly<Record<string, (value: string) => string>> = {
  name: (v) => `name ${v}`,
  title: (v) => `title ${v}`,
  "region.regency": (v) => `region "Aceh" / ${v}`,
  "closures.*.reason": (v) => `closed 2019-06-03 ${v}`,
  message: (v) => `then forbid ${v}`,
  capacity: (v) => `capacity ${v}`,
  packages: (v) => `packages ${v}`,
  copiesPerPackage: (v) => `copies ${v}`,
  quantity: (v) => `quantity ${v}`,
  expectedParticipants: (v) => `participants ${v}`,
  maxHoursPerWeek: (v) => `max ${v} hours per week`,
  amount: (v) => `amount ${v}`,
  "cap.amount": (v) => `cap ${v} per month`,
  period: (v) => `period ${v}`,
  "costs.*.amount": (v) => `costs ${v} per session`,
  "needs.*.quantity": (v) => `needs ${v} staff`,
  "needs.*.minCapacity": (v) => `needs room with capacity >= ${v}`,
  before: (v) => `before q by ${v} days`,
  after: (v) => `after q by ${v} days`,
  "schedules.*.durationMinutes": (v) => `schedule once 2019-05-01 at 08:00 for ${v} minutes`,
  "schedules.*.count": (v) => `schedule ${v} times per month on mon..fri 08:00-16:00 for 1h`,
  "indicators.*.weight": (v) => `indicator x weight ${v} target 1 per month`,
  "indicators.*.target": (v) => `indicator y weight 1 target ${v} per month`,
  "obligations.*.quantity": (v) => `library provides c ${v} per month`,
  "obligations.*.min": (v) => `at least ${v} sessions of q per month`,
  "obligations.*.max": (v) => `at most ${v} sessions of q per month`,
  "obligations.*.amount": (v) => `library pays ${v}`,
};

/** The fields written in rupiah. */
const MONEY: ReadonlySet<string> = new Set(["amount", "cap.amount", "costs.*.amount", "obligations.*.amount"]);

interface BadValue {
  readonly place: string;
  readonly source: string;
  /** The value as written: the diagnostic starts where it does. */
  readonly written: string;
  /** The bound the message must give, in English and Bahasa Indonesia. */
  readonly limit: core.Labels | undefined;
}

/** The values just outside each place's bounds that a planner can write (no negative numbers: the language has none). */
function badValues(): BadValue[] {
  const out: BadValue[] = [];
  for (const spec of LANGUAGE) {
    for (const places of boundedPlaces(spec.kind).values()) {
      for (const { place, fields, bounds } of places) {
        const field = (fields.find((f) => LINES[f.join(".")] !== undefined) ?? fields[0] ?? []).join(".");
        const line = LINES[place.key] ?? LINES[field];
        const name = `${spec.kind}.${place.key} → ${field}`;
        if (line === undefined || bounds === undefined) throw new Error(`no sample line for ${name}`);
        const at = (written: string, limit: core.Labels | undefined): void => {
          out.push({ place: name, source: HEAD + DECLARATIONS[spec.kind].replace("{}", line(written)), written, limit });
        };
        const write = MONEY.has(field) ? rupiah : plain;
        const count = (n: number): core.Labels => ({ en: n.toLocaleString("en"), id: n.toLocaleString("id") });
        if (bounds.type === "string") {
          at('""', undefined);
          continue;
        }
        const least = bounds.minInclusive ? bounds.min - 1 : bounds.min;
        if (least >= 0 && place.elsewhere?.side !== "lower") at(write(least), count(bounds.minInclusive ? bounds.min : bounds.integer ? bounds.min + 1 : bounds.min));
        if (Number.isFinite(bounds.max)) at(write(bounds.maxInclusive ? bounds.max + 1 : bounds.max), count(bounds.max));
      }
    }
  }
  return out;
}

/** The keyword that a message about `place` must name, as the file spells it. */
function keywordOf(place: string, lang: "en" | "id"): string {
  const key = place.split(" → ")[0]?.split(".")[1] ?? "";
  if (key === "sessions") {
    const most = place.endsWith(".max");
    return lang === "en" ? (most ? "at most" : "at least") : spell(most ? "Maximal" : "Minimal", lang);
  }
  const obligation: Readonly<Record<string, string>> = { provides: "Provides", pays: "Pays" };
  const token = obligation[key];
  if (token !== undefined) return spell(token, lang);
  return propertySyntax(key)?.written[lang] ?? key;
}

describe("a value outside what the model allows", () => {
  const cases = badValues();

  it("covers every bounded place of every declaration kind with a value on each reachable side", () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases.map((c) => [c.place, c.written, c] as const))("%s = %s: LON3011 at the value, naming the keyword and the bound, in both languages", (_place, _written, c) => {
    for (const lang of ["en", "id"] as const) {
      const text = lang === "en" ? c.source : formatSource(c.source, "b.lontar", { lang: "id" }).text;
      const result = checkSource(text, "b.lontar");
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => d.code), `${lang}: ${text}`).toEqual(["LON3011"]);
      const found = errors[0] as core.Diagnostic;
      // The Indonesian formatter may spell a value otherwise (`527041 minutes` → `8784 jam 1 menit`): then it starts with its number.
      const at = text.slice(found.location.range.start.offset);
      expect(at.startsWith(c.written) || (!text.includes(c.written) && /^\d/.test(at)), `${lang}: at ${at.slice(0, 20)}`).toBe(true);
      const message = core.localizeDiagnostic(found, lang).message;
      expect(message).toContain(`\`${keywordOf(c.place, lang)}\``);
      if (c.limit !== undefined) expect(message).toContain(c.limit[lang]);
      expect(message).not.toMatch(/\b(programs|resources|libraries|partners|agreements|kpis|rules)\.\d/);
    }
  });
});

describe("hours per period", () => {
  it("are bounded as hours per week in the period written: 24 a day, 168 a week, 728 a month", () => {
    const check = (line: string): string[] =>
      checkSource(HEAD + `staff s2 at lib { ${line} }`, "b.lontar").diagnostics.map((d) => core.localizeDiagnostic(d, "id").message);
    expect(check("max 24 hours per day")).toEqual([]);
    expect(check("max 25 hours per day")).toEqual(["`max` paling banyak 24 jam per hari; 25 terlalu besar"]);
    expect(check("max 168 hours per week")).toEqual([]);
    expect(check("max 728 hours per month")).toEqual([]);
    expect(check("max 729 hours per month")).toEqual(["`max` paling banyak 728 jam per bulan; 729 terlalu besar"]);
    expect(check("max 1 hours per year")).toEqual([]);
  });

  it("the issue's example: `maks 200 jam per minggu` is reported at 200 in the file's keyword", () => {
    const text = HEAD + "staf s di lib { peran pustakawan maks 200 jam per minggu }";
    const [found, ...rest] = checkSource(text, "b.lontar").diagnostics;
    expect(rest).toEqual([]);
    expect(found && text.slice(found.location.range.start.offset, found.location.range.end.offset)).toBe("200");
    expect(found && core.localizeDiagnostic(found, "id").message).toBe("`maks` paling banyak 168 jam per minggu; 200 terlalu besar");
    expect(found?.message).toBe("`maks` is at most 168 hours per week; 200 is too large");
  });
});

describe("the issue's examples, as a planner writes them in Bahasa Indonesia", () => {
  it("`judul \"\"` is one LON3011 at the empty string, in the file's keyword, with no model path", () => {
    const text = `perpustakaan pusat { jenjang kota  wilayah "Sumatera Barat" / "Kota Solok" }
program e {
  judul ""
  kategori mendongeng
  perpustakaan pusat
  jadwal sekali 2026-08-17 pukul 09:00 selama 2 jam
}
`;
    const result = checkSource(text, "b.lontar");
    expect(result.diagnostics.map((d) => [d.code, d.location.range.start.line, d.location.range.start.column, core.localizeDiagnostic(d, "id").message, d.message])).toEqual([
      ["LON3011", 3, 9, "`judul` tidak boleh kosong: tulis teksnya di antara tanda kutip", "`judul` cannot be empty: write the text between the quotes"],
    ]);
  });

  it("a region of more than core's four parts is LON3009 at the first part too many", () => {
    const text = HEAD + `perpustakaan l3 { jenjang kota  wilayah "Sumatera Barat" / "Kota Solok" / "Lubuk Sikarah" / "Tanah Garam" / "RT 01" }`;
    const result = checkSource(text, "b.lontar");
    expect(result.diagnostics.map((d) => [d.code, text.slice(d.location.range.start.offset, d.location.range.end.offset), core.localizeDiagnostic(d, "id").message])).toEqual([
      ["LON3009", '"RT 01"', '`wilayah` paling banyak 4 bagian (provinsi / kabupaten atau kota / kecamatan / desa); "RT 01" berlebih'],
    ]);
  });
});

describe("a kpi's indicators", () => {
  it("have a name each: a second indicator of the same name is LON3011 at its name, before the model is asked", () => {
    const text = HEAD + "kpi k2 {\n  indikator peserta bobot 1 target 10 per bulan\n  indikator peserta bobot 2 target 20 per bulan\n}";
    const result = checkSource(text, "b.lontar");
    expect(result.diagnostics.map((d) => [d.code, d.location.range.start.line, text.slice(d.location.range.start.offset, d.location.range.end.offset), core.localizeDiagnostic(d, "id").message, d.message])).toEqual([
      ["LON3011", 8, "peserta", "indikator `peserta` sudah ada di kpi ini; beri tiap indikator nama sendiri", "the indicator `peserta` is already in this kpi; give each indicator its own name"],
    ]);
  });
});
