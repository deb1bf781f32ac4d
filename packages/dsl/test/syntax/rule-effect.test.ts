/**
 * A rule's effect written as planners say it: `larang "…"` on its own line without `maka`
 * (one error, the certain fix `maka larang`), and `larang ketika …` (the effect before its
 * condition: one error that gives the order), in the file's words.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, certainFixes, checkSource, localizeDiagnostic } from "@lontar/dsl";

const rule = (body: string): string => `aturan r {\n${body}\n}\n`;

describe("a rule's effect without `maka`", () => {
  it.each([
    ["id", rule('  ketika hari == jumat\n  larang "Salat Jumat"'), "larang", 'maka larang "Salat Jumat"', "akibat sebuah aturan ditulis setelah `maka`"],
    ["en", rule('  when day == fri\n  warn "Friday prayers"').replace("day == fri", "weekday == fri"), "warn", 'then warn "Friday prayers"', "a rule's effect follows `then`"],
  ] as const)("%s: one error at the effect, whose certain fix writes `maka` / `then` before it", (lang, source, effect, fixedLine, says) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error" && d.code === "LON1101");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.location.range.start.offset).toBe(source.indexOf(`  ${effect} "`) + 2);
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(says);
    const fixed = applyEdits(source, certainFixes(errors).get("a.lontar") ?? []);
    expect(fixed).toContain(`  ${fixedLine}\n`);
    expect(checkSource(fixed, "a.lontar").diagnostics.filter((d) => d.code.startsWith("LON1"))).toEqual([]);
  });

  it("says a rule gives its condition first when the effect comes before `ketika`", () => {
    const source = rule('  larang ketika hari == jumat\n  alasan "Salat Jumat"');
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1101"]);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain('aturan menyebut kondisinya lebih dulu, `ketika <kondisi>`, lalu pada barisnya sendiri akibatnya, `maka larang "<alasan>"`');
    expect(localizeDiagnostic(errors[0]!, "en").message).toContain("a rule gives its condition first");
  });

  it("offers `maka` without applying it when the rule has its `maka` line already (two effects, the last one winning)", () => {
    const source = rule('  ketika hari == jumat\n  peringatkan "Cek"\n  maka larang "X"');
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.code === "LON1101");
    expect(errors).toHaveLength(1);
    expect(localizeDiagnostic(errors[0]!, "id").message).toContain("akibat sebuah aturan ditulis setelah `maka`");
    expect(certainFixes(errors).size).toBe(0);
  });
});

describe("a rule's effect written as the library closing (`maka tutup`, a planner's walk)", () => {
  it.each([
    ["id", rule("  ketika hari == jumat\n  maka tutup"), 'larang "Tutup"', "hari perpustakaan tutup ditulis pada baris `tutup`-nya sendiri"],
    ["en", rule("  when weekday == fri\n  then closed"), 'forbid "Closed"', "the days a library is closed are its own `closed` lines"],
  ] as const)("%s: one error that says what a rule does, `larang \"…\"` offered, not applied", (lang, source, offered, says) => {
    const errors = checkSource(source, "a.lontar").diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => d.code)).toEqual(["LON1102"]);
    expect(localizeDiagnostic(errors[0]!, lang).message).toContain(says);
    expect(errors[0]?.suggestions.map((s) => [s.edits[0]?.text, s.preferred ?? false])).toEqual([[offered, false]]);
    expect(certainFixes(errors).get("a.lontar") ?? []).toEqual([]);
  });
});
