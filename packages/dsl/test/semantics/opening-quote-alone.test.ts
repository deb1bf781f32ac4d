/**
 * `nama "` as typed, the closing quote not yet there (an editor walk in Bahasa Indonesia,
 * keystroke by keystroke, in an editor that does not close the pair): one error, the missing
 * quote (LON1002), not a second one saying the name is empty (LON3011).
 */
import { describe, expect, it } from "vitest";
import { checkSource } from "@lontar/dsl";

const errors = (text: string): string[] => checkSource(text, "a.lontar").diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

describe("an opening quote alone", () => {
  it("is the missing quote only", () => {
    expect(errors('perpustakaan p {\n  nama "\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\n')).toEqual(["LON1002"]);
    const program = errors('program x {\n  judul "\n  kategori kelas\n}\n');
    expect(program).toContain("LON1002");
    expect(program).not.toContain("LON3011");
  });

  it("an empty text in quotes is still empty (LON3011)", () => {
    expect(errors('perpustakaan p {\n  nama ""\n  jenjang desa\n  wilayah "Jawa Tengah"\n}\n')).toEqual(["LON3011"]);
  });
});
