import { describe, expect, it } from "vitest";
import { formatSource } from "@lontar/dsl";

// A comment after a declaration's closing `}` moved inside the block (`} // selesai` became
// the last line of the body) or onto the last property (`mitra n { … } // catatan`).
describe("a comment after the closing brace", () => {
  it.each([
    ["mitra m {\n  jenis sekolah\n} // selesai\n", "mitra m {\n  jenis sekolah\n} // selesai\n"],
    ["mitra n { jenis sekolah } // mitra sekolah\n", "mitra n {\n  jenis sekolah\n} // mitra sekolah\n"],
    ["mitra k {} // kosong\n", "mitra k {} // kosong\n"],
    ["mitra m {\n  jenis sekolah // sekolah dasar\n} // selesai\n", "mitra m {\n  jenis sekolah // sekolah dasar\n} // selesai\n"],
  ])("stays after the brace: %j", (source, formatted) => {
    const once = formatSource(source, "a.lontar").text;
    expect(once).toBe(formatted);
    expect(formatSource(once, "a.lontar").text).toBe(once);
  });

  it("leaves a comment on the next line as the next declaration's", () => {
    const source = "mitra m {\n  jenis sekolah\n}\n// berikutnya\nmitra n {\n  jenis sekolah\n}\n";
    expect(formatSource(source, "a.lontar").text).toBe("mitra m {\n  jenis sekolah\n}\n\n// berikutnya\nmitra n {\n  jenis sekolah\n}\n");
  });
});
