import { describe, expect, it } from "vitest";
import { shouldUseColor } from "../src/color.js";

describe("shouldUseColor", () => {
  it("follows the terminal by default", () => {
    expect(shouldUseColor({}, true)).toBe(true);
    expect(shouldUseColor({}, false)).toBe(false);
  });

  it("is off whenever NO_COLOR is set and not empty", () => {
    expect(shouldUseColor({ NO_COLOR: "1" }, true)).toBe(false);
    expect(shouldUseColor({ NO_COLOR: "1", FORCE_COLOR: "1" }, true)).toBe(false);
    expect(shouldUseColor({ NO_COLOR: "" }, true)).toBe(true);
  });

  it("FORCE_COLOR turns colour on off a terminal, or off with 0/false", () => {
    expect(shouldUseColor({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: "" }, false)).toBe(true);
    expect(shouldUseColor({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(shouldUseColor({ FORCE_COLOR: "false" }, true)).toBe(false);
  });
});
