import { WORDS } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { OBLIGATION_WORDS } from "../src/features/obligation-completion.js";

describe("the words an obligation's completion writes", () => {
  it("are spellings of their keyword in their language", () => {
    for (const [token, words] of Object.entries(OBLIGATION_WORDS)) {
      for (const lang of ["en", "id"] as const) expect(WORDS.get(words[lang]), `${token} ${lang}`).toMatchObject({ token });
    }
  });
});
