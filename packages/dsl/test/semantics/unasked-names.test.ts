import { checkSource, localizeDiagnostic } from "@lontar/dsl";
import { describe, expect, it } from "vitest";

const HEAD = 'perpustakaan p { jenjang desa  wilayah "Jawa Tengah" / "Kabupaten Klaten" }\n';
const PROGRAM = "program d di p {\n  kategori mendongeng\n  jadwal sekali 2026-01-03 pukul 09:00 selama 2 jam\n  butuh 1 relawan dengan keahlian mendongeng\n}\n";
const codes = (source: string): string[] => checkSource(source, "a.lontar").diagnostics.map((d) => `${d.code} ${source.slice(d.location.range.start.offset, d.location.range.end.offset)}`);

describe("LON3203: a held name no need asks for, spelt nearly as an asked one", () => {
  it("warns at the misspelt skill when another volunteer holds the one asked for, with it as the suggestion", () => {
    const source = `${HEAD}relawan rina di p { keahlian mendongeng }\nrelawan dewi di p { keahlian mendongen, menulis }\n${PROGRAM}`;
    const { diagnostics } = checkSource(source, "a.lontar");
    expect(diagnostics.map((d) => d.code)).toEqual(["LON3203"]);
    const [d] = diagnostics;
    expect(d?.severity).toBe("warning");
    expect(d?.message).toBe("no need asks for the skill `mendongen`, but one asks for `mendongeng`: a typo?");
    expect(d === undefined ? "" : localizeDiagnostic(d, "id").message).toBe("tidak ada kebutuhan yang meminta keahlian `mendongen`, tetapi ada yang meminta `mendongeng`: salah ketik?");
    expect(d?.suggestions.map((s) => [s.edits[0]?.text, s.preferred ?? false])).toEqual([["mendongeng", false]]);
  });

  it("is quiet for a name far from every asked one, for a name asked for, and where nobody holds the asked name (LON3202 at the need says it once)", () => {
    expect(codes(`${HEAD}relawan rina di p { keahlian mendongeng }\nrelawan dewi di p { keahlian menulis }\n${PROGRAM}`)).toEqual([]);
    expect(codes(`${HEAD}relawan dewi di p { keahlian mendongen }\n${PROGRAM}`)).toEqual(["LON3202 mendongeng"]);
  });

  it("covers roles of staff and features of rooms too", () => {
    const roles = `${HEAD}staf a di p { peran pustakawan }\nstaf b di p { peran pustakwan }\nprogram d di p {\n  kategori mendongeng\n  jadwal sekali 2026-01-03 pukul 09:00 selama 2 jam\n  butuh 1 staf dengan peran pustakawan\n}\n`;
    expect(codes(roles)).toEqual(["LON3203 pustakwan"]);
    const rooms = `${HEAD}ruang a di p { kapasitas 10  fasilitas proyektor }\nruang b di p { kapasitas 10  fasilitas proyekor }\nprogram d di p {\n  kategori mendongeng\n  jadwal sekali 2026-01-03 pukul 09:00 selama 2 jam\n  butuh ruang dengan proyektor\n}\n`;
    expect(codes(rooms)).toEqual(["LON3203 proyekor"]);
  });
});
