import { existsSync } from "node:fs";
import path from "node:path";
import { DIAGNOSTIC_CODES } from "@lontar/dsl";
import { describe, expect, it } from "vitest";
import { codePageUrl } from "../src/features/diagnostics.js";
import { DEFAULT_DOCS_URL, readSettings } from "../src/settings.js";
import { REPO_ROOT } from "./support/client.js";

const clock = (): string => "2030-05-06";

describe("initialize settings", () => {
  it("speaks Bahasa Indonesia to a client whose locale is id, English otherwise, unless messageLanguage says so", () => {
    expect(readSettings("id", undefined, clock).lang).toBe("id");
    expect(readSettings("id-ID", undefined, clock).lang).toBe("id");
    for (const locale of ["id_ID", "id_ID.UTF-8", "ID", "in_ID"]) expect(readSettings(locale, undefined, clock).lang, locale).toBe("id");
    for (const locale of ["ida", "idx-ID", "en_ID", "ms-MY"]) expect(readSettings(locale, undefined, clock).lang, locale).toBe("en");
    expect(readSettings("en-US", undefined, clock).lang).toBe("en");
    expect(readSettings(undefined, undefined, clock).lang).toBe("en");
    expect(readSettings("id", { messageLanguage: "en" }, clock).lang).toBe("en");
    expect(readSettings("en", { messageLanguage: "id" }, clock).lang).toBe("id");
  });

  it("puts the server's --lang over the locale, and the server's environment after the locale", () => {
    expect(readSettings("en", undefined, clock, { chosen: "id" }).lang).toBe("id");
    expect(readSettings("id", { messageLanguage: "en" }, clock, { chosen: "id" }).lang).toBe("en");
    expect(readSettings("id", { messageLanguage: "auto" }, clock, { chosen: "en" }).lang).toBe("en");
    expect(readSettings(undefined, undefined, clock, { environment: "id" }).lang).toBe("id");
    expect(readSettings("en-US", undefined, clock, { environment: "id" }).lang).toBe("en");
  });

  it("completes a file with no keyword yet in the editor's locale's keywords, whatever language the messages are in", () => {
    expect(readSettings("id", { messageLanguage: "en" }, clock).keywords).toBe("id");
    expect(readSettings("id-ID", undefined, clock, { chosen: "en" }).keywords).toBe("id");
    expect(readSettings("en-US", { messageLanguage: "id" }, clock).keywords).toBe("en");
    // With no locale, the keywords follow the messages' language.
    expect(readSettings(undefined, { messageLanguage: "id" }, clock).keywords).toBe("id");
    expect(readSettings(undefined, undefined, clock, { environment: "id" }).keywords).toBe("id");
    expect(readSettings(undefined, undefined, clock).keywords).toBe("en");
  });

  it("reads today and the horizon, ignoring malformed values", () => {
    expect(readSettings(undefined, { today: "2019-01-01", horizon: "2019-01-01..2019-06-30" }, clock)).toMatchObject({ today: "2019-01-01", horizon: { from: "2019-01-01", to: "2019-06-30" } });
    const bad = readSettings(undefined, { today: "soon", horizon: "2019-06-30..2019-01-01" }, clock);
    expect(bad.today).toBe("2030-05-06");
    expect(bad.horizon).toBeUndefined();
  });

  it("publishes the plan's diagnostics unless told not to (only `false` turns them off)", () => {
    expect(readSettings(undefined, undefined, clock).planDiagnostics).toBe(true);
    expect(readSettings(undefined, { planDiagnostics: false }, clock).planDiagnostics).toBe(false);
    expect(readSettings(undefined, { planDiagnostics: "no" }, clock).planDiagnostics).toBe(true);
  });

  it("links each code to its page on the documentation site, in the client's language; the site is a setting", () => {
    expect(readSettings(undefined, undefined, clock).docsUrl).toBe(DEFAULT_DOCS_URL);
    expect(readSettings(undefined, { diagnosticsDocsUrl: "https://docs.example/lontar" }, clock).docsUrl).toBe("https://docs.example/lontar/");
    const style = { lang: "en", docsUrl: "https://docs.example/" } as const;
    expect(codePageUrl("LON2002", style)).toBe("https://docs.example/diagnostics/LON2002.html");
    expect(codePageUrl("LON2002", { ...style, lang: "id" })).toBe("https://docs.example/id/diagnostics/LON2002.html");
    // Each link is a page VitePress builds from docs/: docs/<page>.md becomes <base><page>.html.
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      for (const lang of ["en", "id"] as const) {
        const page = codePageUrl(code, { ...style, lang }).slice(style.docsUrl.length).replace(/\.html$/, ".md");
        expect(existsSync(path.join(REPO_ROOT, "docs", page)), page).toBe(true);
      }
    }
  });
});
