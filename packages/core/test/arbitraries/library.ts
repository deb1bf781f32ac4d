import fc from "fast-check";
import { LibraryTier, PROVINCES, SchoolLevel, type Closure, type Library, type RegionPath } from "@lontar/core";
import { dateRangeArb, identifierArb, sourceSpanArb, textArb, weeklyWindowArb } from "./primitives.js";

/** IANA zones a workspace may declare. */
export const timeZoneArb = (): fc.Arbitrary<string> => fc.constantFrom("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura", "UTC");

/** Region paths in a known province (so a library's zone can be inferred). */
export const regionPathArb = (): fc.Arbitrary<RegionPath> =>
  fc.record(
    {
      province: fc.constantFrom(...PROVINCES.map((p) => p.name)),
      regency: textArb(),
      district: textArb(),
      village: textArb(),
    },
    { noNullPrototype: true, requiredKeys: ["province"] },
  );

/** Closures: public holidays of a country (and region), or a named date range. */
export const closureArb = (): fc.Arbitrary<Closure> =>
  fc.oneof(
    fc.record(
      { kind: fc.constant("public_holidays" as const), country: fc.constantFrom("ID", "MY"), region: fc.constantFrom("JI", "SB") },
      { noNullPrototype: true, requiredKeys: ["kind", "country"] },
    ),
    fc.record({ kind: fc.constant("range" as const), range: dateRangeArb(), reason: textArb() }, { noNullPrototype: true }),
  );

/** Libraries as parsed (defaults filled in); a school library always has its school level. */
export const libraryArb = (): fc.Arbitrary<Library> =>
  fc
    .record(
      {
        id: identifierArb(),
        name: textArb(),
        tier: fc.constantFrom(...LibraryTier.options),
        schoolLevel: fc.constantFrom(...SchoolLevel.options),
        region: regionPathArb(),
        timeZone: timeZoneArb(),
        stage: identifierArb(),
        openingHours: fc.array(weeklyWindowArb(), { maxLength: 3 }),
        closures: fc.array(closureArb(), { maxLength: 3 }),
        openOnCollectiveLeave: fc.boolean(),
        source: sourceSpanArb(),
      },
      { noNullPrototype: true, requiredKeys: ["id", "name", "tier", "region", "openingHours", "closures"] },
    )
    .map((library) => {
      const { schoolLevel, ...rest } = library;
      if (library.tier !== "sekolah") return rest;
      return { ...rest, schoolLevel: schoolLevel ?? "sd_mi" };
    });
