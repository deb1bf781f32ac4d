/**
 * `selama 2j`, `selama 30 mnt`: how a planner abbreviates hours and minutes in Bahasa Indonesia
 * (as `2h` and `30m` are written in English, which Lontar reads). Found by an editor walk in
 * Bahasa Indonesia: "expected `jam` … found `j`" came with no fix. After `selama` a length
 * stands, so the unit written in full is certain (LON1106, `2 jam`), and the text it makes checks.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, checkSource, type Diagnostic } from "@lontar/dsl";

const HEAD = 'perpustakaan p {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\nprogram x di p {\n  kategori kelas\n  jadwal sekali 2025-03-01 pukul 09:00 selama ';
const errors = (text: string): Diagnostic[] => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error");

describe("an hour or a minute abbreviated", () => {
  it.each([
    ["2j", "2 jam"],
    ["2 j", "2 jam"],
    ["30 mnt", "30 menit"],
    ["30mnt", "30 menit"],
  ])("`%s` is one LON1106 whose certain fix writes `%s`, which checks", (written, fixed) => {
    const text = `${HEAD}${written}\n}\n`;
    const [error, ...others] = errors(text);
    expect(others).toEqual([]);
    expect(error?.code).toBe("LON1106");
    expect(error?.suggestions[0]?.preferred).toBe(true);
    const edits = error?.suggestions[0]?.edits ?? [];
    expect(edits.length).toBe(1);
    const after = applyEdits(text, edits);
    expect(after).toBe(`${HEAD}${fixed}\n}\n`);
    expect(errors(after)).toEqual([]);
  });
});
