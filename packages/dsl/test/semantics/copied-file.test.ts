/**
 * A file saved again beside itself (`perpustakaan - Salin.lontar`, as Windows names a copy):
 * one LON2001 in the copy that says so, not one per declaration blamed on the real file
 * (found by the Kupang school librarian's walk, stop 44). A file of another name that
 * declares the same names still gets one LON2001 per name.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, localizeDiagnostic } from "@lontar/dsl";

const text = `perpustakaan p {\n  jenjang desa\n  wilayah "Nusa Tenggara Timur" / "Kota Kupang"\n}\nruang aula di p { kapasitas 40 }\nmitra pkk { jenis pkk }\n`;
const errorsOf = (paths: readonly string[]) =>
  analyzeWorkspace({ root: "/ws", files: paths.map((path) => ({ path, text })) }).diagnostics.filter((d) => d.code === "LON2001");

describe("a copy of a file in the workspace's folder", () => {
  it.each(["perpustakaan - Salin.lontar", "perpustakaan - Salinan (2).lontar", "perpustakaan - Copy.lontar", "perpustakaan (1).lontar", "Salinan perpustakaan.lontar", "Copy of perpustakaan.lontar", "perpustakaan_copy.lontar"])(
    "`%s` is one error, in the copy, naming both files",
    (copy) => {
      const found = errorsOf(["/ws/perpustakaan.lontar", `/ws/${copy}`]);
      expect(found).toHaveLength(1);
      const [d] = found;
      expect(d?.location.file).toBe(copy);
      expect(d?.related[0]?.location.file).toBe("perpustakaan.lontar");
      expect(localizeDiagnostic(d!, "id").message).toBe(`\`${copy}\` tampaknya salinan \`perpustakaan.lontar\`: 3 deklarasi keduanya bernama sama; pindahkan salinan itu ke luar folder ruang kerja, atau hapus`);
      expect(localizeDiagnostic(d!, "en").message).toContain(`\`${copy}\` looks like a copy of \`perpustakaan.lontar\`: 3 of their declarations`);
    },
  );

  it("is the same whichever file comes first", () => {
    const found = errorsOf(["/ws/perpustakaan - Salin.lontar", "/ws/perpustakaan.lontar"]);
    expect(found.map((d) => d.location.file)).toEqual(["perpustakaan - Salin.lontar"]);
  });

  it("another file declaring the same names, or a copy in another folder, gets one LON2001 per name", () => {
    expect(errorsOf(["/ws/perpustakaan.lontar", "/ws/lain.lontar"])).toHaveLength(3);
    expect(errorsOf(["/ws/perpustakaan.lontar", "/ws/lama/perpustakaan - Salin.lontar"])).toHaveLength(3);
  });
});
