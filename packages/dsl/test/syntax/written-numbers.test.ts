import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/syntax/lexer/lexer.js";
import { numberWordsAt } from "../../src/syntax/parser/written-numbers.js";

const read = (text: string) => {
  const tokens = tokenize(`peserta ${text} }`).tokens;
  const found = numberWordsAt(tokens, 1);
  return found === undefined ? undefined : { value: found.value, words: found.last };
};

// Found in a user walk: `peserta dua puluh` got the certain fix `2`, and `puluh` an error of its own.
describe("numbers written in words", () => {
  it("reads a whole phrase, Indonesian and English", () => {
    expect(read("dua")).toEqual({ value: 2, words: 1 });
    expect(read("dua puluh")).toEqual({ value: 20, words: 2 });
    expect(read("dua puluh lima")).toEqual({ value: 25, words: 3 });
    expect(read("sebelas")).toEqual({ value: 11, words: 1 });
    expect(read("tiga belas")).toEqual({ value: 13, words: 2 });
    expect(read("seratus dua puluh")).toEqual({ value: 120, words: 3 });
    expect(read("Dua Ratus")).toEqual({ value: 200, words: 2 });
    expect(read("seribu dua ratus")).toEqual({ value: 1200, words: 3 });
    expect(read("lima ratus ribu")).toEqual({ value: 500_000, words: 3 });
    expect(read("twenty five")).toEqual({ value: 25, words: 2 });
    expect(read("three hundred")).toEqual({ value: 300, words: 2 });
    expect(read("two thousand")).toEqual({ value: 2000, words: 2 });
  });

  it("stops before a second number, and reads none where the words make no one number", () => {
    expect(read("dua tiga")).toEqual({ value: 2, words: 1 });
    expect(read("puluh dua")).toBeUndefined();
    expect(read("dua juta")).toBeUndefined();
    expect(read("dua puluh puluh")).toBeUndefined();
    expect(read("dua ribu tiga ribu")).toBeUndefined();
    expect(read("orang")).toBeUndefined();
  });
});
