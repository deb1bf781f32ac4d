import { describe, expect, it } from "vitest";
import { readSettings } from "../src/settings.js";

const clock = (): string => "2030-05-06";

describe("initialize settings", () => {
  it("speaks Bahasa Indonesia to a client whose locale is id, English otherwise, unless messageLanguage says so", () => {
    expect(readSettings("id", undefined, clock).lang).toBe("id");
    expect(readSettings("id-ID", undefined, clock).lang).toBe("id");
    expect(readSettings("en-US", undefined, clock).lang).toBe("en");
    expect(readSettings(undefined, undefined, clock).lang).toBe("en");
    expect(readSettings("id", { messageLanguage: "en" }, clock).lang).toBe("en");
    expect(readSettings("en", { messageLanguage: "id" }, clock).lang).toBe("id");
  });

  it("reads today and the horizon, ignoring malformed values", () => {
    expect(readSettings(undefined, { today: "2019-01-01", horizon: "2019-01-01..2019-06-30" }, clock)).toMatchObject({ today: "2019-01-01", horizon: { from: "2019-01-01", to: "2019-06-30" } });
    const bad = readSettings(undefined, { today: "soon", horizon: "2019-06-30..2019-01-01" }, clock);
    expect(bad.today).toBe("2030-05-06");
    expect(bad.horizon).toBeUndefined();
  });
});
