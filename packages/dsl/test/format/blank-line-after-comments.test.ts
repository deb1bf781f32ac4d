/**
 * A blank line between comments and the declaration below them (a block commented out, a
 * heading for the file) is kept by the formatter, as one: the comments are no note on that
 * declaration. Comments right above a declaration stay right above it.
 */
import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";

const LIBRARY = 'perpustakaan perpus {\n  jenjang kota\n  wilayah "Aceh" / "Kota Langsa"\n}\n';
const format = (source: string): string => formatSource(source, "a.lontar").text;

describe("blank lines after comments", () => {
  it("keep a block commented out apart from the declaration after it", () => {
    const source = `${LIBRARY}\n// ruang lama:\n// ruang gudang di perpus {\n//   kapasitas 5\n// }\n\nruang aula di perpus {\n  kapasitas 40\n}\n`;
    expect(format(source)).toBe(source);
    expect(format(format(source))).toBe(source);
  });

  it("keep one where there were several, between comments too, and at the file's start", () => {
    const source = `// Data Perpustakaan Kota Langsa\n\n\n// diperbarui 2026\n\n\n${LIBRARY}`;
    expect(format(source)).toBe(`// Data Perpustakaan Kota Langsa\n\n// diperbarui 2026\n\n${LIBRARY}`);
  });

  it("keep comments right above a declaration there, and before its doc comment", () => {
    const glued = `${LIBRARY}\n// catatan\nruang aula di perpus {\n  kapasitas 40\n}\n`;
    expect(format(glued)).toBe(glued);
    const withDoc = `${LIBRARY}\n// catatan\n\n/// Aula utama.\nruang aula di perpus {\n  kapasitas 40\n}\n`;
    expect(format(withDoc)).toBe(withDoc);
  });
});
