import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { IndonesianTimeZone, PROVINCES, findProvince, indonesianZoneOf, inferTimeZone, libraryTimeZone, type Province } from "@lontar/core";

const OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;
const KALIMANTAN_WIB = new Set(["Kalimantan Barat", "Kalimantan Tengah"]);

/** Every way a province is named: official name, ISO code, Kemendagri code, aliases. */
const keysOf = (p: Province): string[] => [p.name, p.iso, p.code, ...p.aliases];

/** The same key as people type it: other case, extra spacing, a "Provinsi" prefix. */
const variations = (key: string): string[] => [
  key,
  key.toLowerCase(),
  key.toUpperCase(),
  `  ${key}  `,
  key.replace(/ /g, "   "),
  key.replace(/ /g, ""),
  `Provinsi ${key}`,
  `PROVINSI  ${key.toLowerCase()}`,
  ` provinsi ${key} `,
];

describe("PROVINCES", () => {
  it("lists the 38 provinces with distinct names and codes", () => {
    expect(PROVINCES).toHaveLength(38);
    for (const field of ["name", "iso", "code"] as const) expect(new Set(PROVINCES.map((p) => p[field])).size).toBe(38);
    for (const p of PROVINCES) {
      expect(p.iso).toMatch(/^ID-[A-Z]{2}$/);
      expect(p.code).toMatch(/^\d{2}$/);
      expect(IndonesianTimeZone.options).toContain(p.zone);
    }
  });

  it("keeps WIB, WITA and WIT in the expected provinces", () => {
    const byZone = (zone: string): string[] => PROVINCES.filter((p) => p.zone === zone).map((p) => p.name);
    expect(byZone("WIB")).toHaveLength(18);
    expect(byZone("WITA")).toHaveLength(12);
    expect(byZone("WIT")).toEqual(["Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"]);
    expect(byZone("WITA")).toEqual(expect.arrayContaining(["Bali", "Nusa Tenggara Timur", "Kalimantan Selatan", "Sulawesi Selatan"]));
    expect(byZone("WIB")).toEqual(expect.arrayContaining(["Aceh", "Sumatera Barat", "Jawa Timur", "Kalimantan Barat", "Kalimantan Tengah"]));
  });
});

describe.each(PROVINCES.map((p) => [p.name, p] as const))("time zone of %s", (_name, province) => {
  const expectedZone =
    province.zone === "WIB" ? (KALIMANTAN_WIB.has(province.name) ? "Asia/Pontianak" : "Asia/Jakarta") : province.zone === "WITA" ? "Asia/Makassar" : "Asia/Jayapura";

  it("is found by name, ISO code, Kemendagri code and every alias, however written", () => {
    for (const key of keysOf(province)) {
      for (const written of variations(key)) {
        expect(findProvince(written), written).toBe(province);
        expect(inferTimeZone(written), written).toBe(expectedZone);
      }
    }
  });

  it(`keeps UTC+${OFFSET_HOURS[province.zone]} all year (no daylight saving)`, () => {
    for (const date of ["2019-01-15T12:00", "2019-07-15T12:00", "2024-10-16T09:00"]) {
      const local = DateTime.fromISO(date, { zone: province.ianaZone });
      expect(local.isValid).toBe(true);
      expect(local.offset).toBe(OFFSET_HOURS[province.zone] * 60);
    }
  });
});

describe("findProvince", () => {
  it("finds the seed provinces", () => {
    expect(inferTimeZone("Aceh")).toBe("Asia/Jakarta");
    expect(inferTimeZone("Sumbar")).toBe("Asia/Jakarta");
    expect(inferTimeZone("Provinsi Jawa Timur")).toBe("Asia/Jakarta");
    expect(inferTimeZone("NTT")).toBe("Asia/Makassar");
    expect(findProvince("ntt")?.name).toBe("Nusa Tenggara Timur");
    // Found by a walk: `DKI` was no province, though `DIY` was one.
    expect(findProvince("DKI")?.name).toBe("DKI Jakarta");
    expect(findProvince("Daerah Khusus Ibukota Jakarta")?.name).toBe("DKI Jakarta");
    expect(findProvince("Daerah Istimewa Yogyakarta")?.name).toBe("DI Yogyakarta");
    expect(findProvince("Jogja")?.name).toBe("DI Yogyakarta");
  });

  it("tells Riau from Kepulauan Riau and Papua from its newer provinces", () => {
    expect(findProvince("Riau")?.code).toBe("14");
    expect(findProvince("Kepulauan Riau")?.code).toBe("21");
    expect(findProvince("Papua")?.code).toBe("91");
    expect(findProvince("Papua Barat Daya")?.code).toBe("96");
  });

  it("returns undefined for places that are not provinces", () => {
    for (const name of ["", "   ", "Provinsi", "Atlantis", "Selangor", "ID-XX", "99"]) expect(findProvince(name), name).toBeUndefined();
  });

  it("finds a province through any separators between the words of its name", () => {
    const separator = fc.constantFrom(" ", "  ", "-", "_", "\t", ". ");
    fc.assert(
      fc.property(fc.constantFrom(...PROVINCES), fc.array(separator, { minLength: 4, maxLength: 4 }), fc.boolean(), (province, seps, upper) => {
        const words = province.name.split(" ");
        const written = words.map((w, i) => (i === 0 ? w : `${seps[i % seps.length] ?? " "}${w}`)).join("");
        expect(findProvince(upper ? written.toUpperCase() : written)).toBe(province);
      }),
    );
  });
});

describe("libraryTimeZone", () => {
  it("prefers a declared zone, else infers one from the province", () => {
    expect(libraryTimeZone({ region: { province: "NTT" } })).toBe("Asia/Makassar");
    expect(libraryTimeZone({ region: { province: "Kalimantan Barat" } })).toBe("Asia/Pontianak");
    expect(libraryTimeZone({ region: { province: "NTT" }, timeZone: "Asia/Jakarta" })).toBe("Asia/Jakarta");
    expect(libraryTimeZone({ region: { province: "Johor" } })).toBeUndefined();
  });
});

describe("indonesianZoneOf", () => {
  it("names each province's IANA zone as its province's zone, and no other zone", () => {
    for (const p of PROVINCES) expect(indonesianZoneOf(p.ianaZone), p.name).toBe(p.zone);
    expect(indonesianZoneOf("Asia/Pontianak")).toBe("WIB");
    expect(indonesianZoneOf("Asia/Kuala_Lumpur")).toBeUndefined();
  });
});
