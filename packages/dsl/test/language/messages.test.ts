import { checkSource } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { allowedToShow } from "../../src/semantics/checker/unknown-value.js";

const PRELUDE = `library dispusip_solok { tier kota  region "Sumatera Barat" / "Kota Solok" }\n`;

function only(source: string, code: string) {
  const found = checkSource(PRELUDE + source, "a.lontar").diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (first === undefined) throw new Error("no diagnostic");
  return first;
}

describe("messages about values that are not allowed", () => {
  it("lists every audience group for `audience women`", () => {
    const d = only("program p { category class  schedule once 2019-04-20 at 08:00 for 2h  audience women }", "LON3004");
    expect(d.message).toBe("`women` is not a known audience group; allowed: `children`, `teens`, `adults`, `mothers`, `students`, `librarians`, `general`");
  });

  it("suggests the one close value as an edit", () => {
    const d = only("partner disdik { kind goverment_agency }", "LON3004");
    expect(d.message).toContain("allowed: `school`, `madrasah`");
    expect(d.suggestions[0]?.edits[0]?.text).toBe("government_agency");
  });

  it("lists the nearest five of many values, closest first", () => {
    const many = ["zzzz", "yyyy", "xxxx", "wwww", "vvvv", "uuuu", "tttt", "ssss", "rrrr", "qqqq", "pppp", "oooo", "reading_contest", "readin", "roading"];
    expect(allowedToShow("reading", many)).toEqual({ values: ["readin", "roading", "rrrr", "oooo", "pppp"], all: false });
    const d = only("program p { category lomba_baca  schedule once 2019-04-20 at 08:00 for 2h }", "LON3004");
    expect(d.message).toMatch(/^`lomba_baca` is not a known program category; nearest allowed: (`[a-z_]+`, ){4}`[a-z_]+`$/);
  });

  it("lists the TPBIS stages for an unknown stage", () => {
    const d = only("library tbm { tier tbm  region \"Aceh\" / \"Kota Langsa\"  stage implemntation }", "LON3005");
    expect(d.message).toMatch(/is not a known TPBIS stage; allowed: `/);
    expect(d.suggestions.map((s) => s.message)).toContain("did you mean `implementation`?");
  });

  it("lists a declaration's properties, in the keyword's language, for a property it does not take", () => {
    expect(only("room aula { capacity 60  tier kota }", "LON3006").message).toBe("`tier` is not a property of a room; its properties: `name`, `capacity`, `features`");
    expect(only("ruang aula { kapasitas 60  jenjang kota }", "LON3006").message).toBe("`jenjang` is not a property of a room; its properties: `nama`, `kapasitas`, `fasilitas`");
  });

  it("lists the nearest facts for an unknown fact", () => {
    const d = only('rule r { when program.categry == class  then warn "x" }', "LON3101");
    expect(d.message).toMatch(/^`program.categry` is not a fact; nearest allowed: `program.category`/);
  });
});
