/**
 * `lontar explain` on a word a planner reads in a file or a message that is no keyword with a
 * page of its own (a planner's walk: `lontar explain bergilir` and `… perpustakaan_keliling`
 * were "unknown"): an allowed value is told as a value of its property, with the property's
 * documentation; a keyword with no page by the property whose documentation names it.
 */
import { describe, expect, it } from "vitest";
import { explainKeyword } from "@lontar/dsl";

describe("explain a value or a keyword told by its property", () => {
  it("a program category in Bahasa Indonesia: its label, its property, its other spellings", () => {
    const text = explainKeyword("perpustakaan_keliling", "en") ?? "";
    expect(text).toContain("# `perpustakaan_keliling`");
    expect(text).toContain("Perpustakaan keliling. Nilai `kategori` pada `program`");
    expect(text).toContain("`mobile_library`");
  });

  it("an English value in the reader's words when both languages spell it alike", () => {
    expect(explainKeyword("storytelling", "id")).toContain("A value of `category` in `program`");
  });

  it("`bergilir` and `rotating`: the route property, in the word's language", () => {
    expect(explainKeyword("bergilir", "en")).toContain("Lokasi yang dikunjungi bergantian");
    expect(explainKeyword("rotating", "id")).toContain("Sites visited in turn");
  });

  it("still nothing for a word no table knows", () => {
    expect(explainKeyword("tidak_ada_sama_sekali", "id")).toBeUndefined();
  });
});
