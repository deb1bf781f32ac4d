import { describe, expect, it } from "vitest";
import { REWRITE_KINDS, rewriteActions } from "../src/features/code-actions.js";

const INDONESIAN = 'perpustakaan p {\n  jenjang   kota\n  wilayah "Jawa Barat" / "Kota Bandung"\n}\n';
const ENGLISH = 'library p {\n  tier   city\n  region "Jawa Barat" / "Kota Bandung"\n}\n';

describe("the keyword rewrite refactors", () => {
  it("offer only the other language: an unformatted Indonesian file is not offered a rewrite into Indonesian (which would only reformat it)", () => {
    const id = rewriteActions("file:///a.lontar", INDONESIAN, "a.lontar", "en");
    expect(id.map((a) => a.kind)).toEqual([REWRITE_KINDS.en]);
    expect(id[0]?.edit?.changes?.["file:///a.lontar"]?.[0]?.newText).toContain("library p {\n  tier city");
    const en = rewriteActions("file:///a.lontar", ENGLISH, "a.lontar", "id");
    expect(en.map((a) => a.kind)).toEqual([REWRITE_KINDS.id]);
    expect(en[0]?.title).toBe("Tulis ulang kata kunci ke Bahasa Indonesia");
  });

  it("offer both for a file of both languages, and none for a file with no keyword of definite language", () => {
    expect(rewriteActions("file:///a.lontar", `${INDONESIAN}${ENGLISH.replace("library p", "library q")}`, "a.lontar", "en").map((a) => a.kind)).toEqual([REWRITE_KINDS.id, REWRITE_KINDS.en]);
    expect(rewriteActions("file:///a.lontar", "// nothing yet\n", "a.lontar", "en")).toEqual([]);
  });

  it("offer Bahasa Indonesia for an Indonesian file with a value written in English (`kategori storytelling`, `jenis school`), which it translates", () => {
    const mixed = `${INDONESIAN}mitra sd {\n  jenis school\n}\nprogram dongeng di p {\n  kategori storytelling\n  sasaran children\n}\n`;
    const actions = rewriteActions("file:///a.lontar", mixed, "a.lontar", "id");
    expect(actions.map((a) => a.kind)).toEqual([REWRITE_KINDS.id, REWRITE_KINDS.en]);
    const rewritten = actions[0]?.edit?.changes?.["file:///a.lontar"]?.[0]?.newText ?? "";
    expect(rewritten).toContain("jenis sekolah");
    expect(rewritten).toContain("kategori mendongeng");
    expect(rewritten).toContain("sasaran anak_anak");
  });
});
