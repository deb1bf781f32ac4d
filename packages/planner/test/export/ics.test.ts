import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LONTAR_PRODID, escapeText, exportCalendars, exportIcs, occurrenceUid } from "@lontar/planner";
import { foldLine } from "../../src/export/ics/ics-text.js";
import { events, parseLine, prop, unescapeText, unfold } from "./ics-parser.js";
import { planOf, sampleWorkspace, samplePlan, samplePlanInput } from "./fixtures.js";

const octets = (s: string): number => Buffer.byteLength(s, "utf8");

function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  return ics.slice(0, -2).split("\r\n");
}

describe("exportIcs structure", () => {
  const plan = samplePlan();
  const workspace = sampleWorkspace("Pelatihan literasi digital untuk ibu-ibu PKK di Kelurahan Tanah Garam, Kota Solok — sesi lanjutan 📚✨ dengan narasumber dari Dinas Kominfo");
  const ics = exportIcs(plan, workspace, { calendarName: "Kota Solok; semua, kegiatan" });

  it("uses CRLF only and folds every line at 75 octets without splitting a character", () => {
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
  });

  it("is named after the workspace when no name is given, as calendar.ics of `lontar plan` is (an SDK walk of stop 57: the options were required)", () => {
    const named = exportIcs(plan, workspace);
    expect(named).toContain(`X-WR-CALNAME:${exportCalendars(plan, workspace).get("calendar.ics")?.match(/X-WR-CALNAME:(.*)\r\n/)?.[1] ?? "?"}`);
    expect(named).toBe(exportCalendars(plan, workspace).get("calendar.ics"));
    expect(exportIcs(plan, workspace, { calendarName: undefined })).toBe(named);
    expect(() => exportIcs(plan, workspace, { calendarName: 5 as unknown as string })).toThrow(TypeError);
  });

  it("has the calendar header and balanced BEGIN/END", () => {
    const lines = unfold(ics).map(parseLine);
    expect(lines.slice(0, 7).map((l) => `${l.name}:${l.value}`)).toEqual([
      "BEGIN:VCALENDAR",
      `PRODID:${LONTAR_PRODID}`,
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Kota Solok\\; semua\\, kegiatan",
      "NAME:Kota Solok\\; semua\\, kegiatan",
    ]);
    const stack: string[] = [];
    for (const l of lines) {
      if (l.name === "BEGIN") stack.push(l.value);
      if (l.name === "END") expect(stack.pop()).toBe(l.value);
    }
    expect(stack).toEqual([]);
    expect(lines.at(-1)).toEqual({ name: "END", params: {}, value: "VCALENDAR" });
  });

  it("writes one VEVENT per scheduled or pending occurrence with unique UIDs, none for cancelled ones", () => {
    const evs = events(ics);
    const scheduled = plan.occurrences.filter((o) => o.status !== "cancelled");
    expect(evs).toHaveLength(scheduled.length);
    const uids = evs.map((e) => prop(e, "UID")?.value);
    expect(new Set(uids).size).toBe(uids.length);
    expect(new Set(uids)).toEqual(new Set(scheduled.map(occurrenceUid)));
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{32}@lontar$/);
  });

  it("gives two libraries' sessions of one program id and time different UIDs (a partner imports both calendars)", () => {
    // A walk (stop 53): a regency's copy of a city's workspace had 364 of its 364 UIDs alike.
    const session = { id: "pelatihan@2024-03-05T13:00", programId: "pelatihan" };
    expect(occurrenceUid({ ...session, libraryId: "perpus_kota_solok" })).not.toBe(occurrenceUid({ ...session, libraryId: "perpus_kab_solok" }));
    expect(occurrenceUid({ ...session, libraryId: "perpus_kota_solok" })).toBe(occurrenceUid({ ...session, libraryId: "perpus_kota_solok" }));
    // The earlier form, from JavaScript, is a TypeError, not a hash of "undefined".
    expect(() => occurrenceUid(session as unknown as Parameters<typeof occurrenceUid>[0])).toThrow(new TypeError("occurrenceUid: libraryId must be a string (a planned occurrence: { id, programId, libraryId }), not undefined"));
  });

  it("derives DTSTAMP from the horizon start", () => {
    for (const e of events(ics)) expect(prop(e, "DTSTAMP")?.value).toBe("20190201T000000Z");
  });

  it("writes local times with TZID and a VTIMEZONE for every zone used, with DST rules where the zone has DST", () => {
    const lines = unfold(ics).map(parseLine);
    const used = new Set(
      events(ics)
        .flat()
        .filter((l) => l.name === "DTSTART" || l.name === "DTEND")
        .map((l) => l.params["TZID"]),
    );
    expect(used).toEqual(new Set(["Asia/Jakarta", "America/New_York", "Europe/London"]));
    const declared = lines.filter((l) => l.name === "TZID").map((l) => l.value);
    expect(new Set(declared)).toEqual(used);
    expect(declared).toHaveLength(used.size);
    const ny = unfold(ics).join("\n").split("BEGIN:VTIMEZONE").find((b) => b.includes("TZID:America/New_York")) ?? "";
    expect(ny).toContain("BEGIN:DAYLIGHT");
    expect(ny).toContain("BEGIN:STANDARD");
    expect(ny).toContain("TZOFFSETTO:-0400");
    const evs = events(ics);
    const start = (id: string): string | undefined => prop(evs.find((e) => prop(e, "UID")?.value === occurrenceUid(plan.occurrences.find((o) => o.id === id) ?? { id, programId: "", libraryId: "" })) ?? [], "DTSTART")?.value;
    // 12 March 2019 is after the US spring-forward: still 10:00 local, in EDT.
    expect(start("story_ny@2019-03-12T10:00")).toBe("20190312T100000");
    expect(start("story_ny@2019-03-05T10:00")).toBe("20190305T100000");
    expect(start("dongeng@2019-02-12T09:00")).toBe("20190212T090000");
  });

  it("fills SUMMARY, LOCATION, DESCRIPTION and CATEGORIES from the workspace", () => {
    const e = events(ics).find((x) => prop(x, "UID")?.value === occurrenceUid({ id: "dongeng@2019-02-12T09:00", programId: "dongeng", libraryId: "solok" })) ?? [];
    expect(unescapeText(prop(e, "SUMMARY")?.value ?? "")).toContain("Kota Solok — sesi lanjutan 📚✨");
    expect(unescapeText(prop(e, "LOCATION")?.value ?? "")).toBe("SD Negeri 1 Solok");
    const description = unescapeText(prop(e, "DESCRIPTION")?.value ?? "");
    expect(description.split("\n")).toEqual([
      "Category: Storytelling",
      "Library: Perpustakaan Kota Solok",
      "Place: SD Negeri 1 Solok",
      "Staff: Siti Rahmah",
      "Equipment: Proyektor",
      "Partners: SD Negeri 1 Solok, Bundo Kanduang",
    ]);
    expect(prop(e, "CATEGORIES")?.value).toBe("Storytelling");
    expect(prop(e, "STATUS")?.value).toBe("CONFIRMED");
  });

  it("writes descriptions in Bahasa Indonesia when asked, with the library's region as its address", () => {
    const indonesian = exportIcs(plan, workspace, { calendarName: "Kota Solok", language: "id" });
    const e = events(indonesian).find((x) => prop(x, "UID")?.value === occurrenceUid({ id: "klub@2019-02-14T14:00", programId: "klub", libraryId: "solok" })) ?? [];
    // A room is named with its library: a calendar of several libraries has many an `Aula`.
    expect(unescapeText(prop(e, "LOCATION")?.value ?? "")).toBe("Aula Utama, Perpustakaan Kota Solok, Kota Solok, Sumatera Barat");
    expect(unescapeText(prop(e, "DESCRIPTION")?.value ?? "").split("\n")).toEqual([
      // The sample plan records a problem against this session (a constraint of its own, in the planner's words).
      "Masalah: not the preferred room",
      "Kategori: Diskusi buku / klub buku",
      "Perpustakaan: Perpustakaan Kota Solok",
      "Tempat: Aula Utama (Kota Solok, Sumatera Barat)",
      "Ruang: Aula Utama",
    ]);
    expect(unescapeText(prop(e, "CATEGORIES")?.value ?? "")).toBe("Diskusi buku / klub buku");
  });

  it("marks a pending session TENTATIVE and says why, by name and without its id", () => {
    const e = events(ics).find((x) => prop(x, "UID")?.value === occurrenceUid({ id: "klub@2019-02-21T14:00", programId: "klub", libraryId: "solok" })) ?? [];
    expect(prop(e, "STATUS")?.value).toBe("TENTATIVE");
    expect(unescapeText(prop(e, "SUMMARY")?.value ?? "")).toBe("Klub buku 📚 (pending)");
    expect(unescapeText(prop(e, "DESCRIPTION")?.value ?? "").split("\n")[0]).toBe("Not yet scheduled: Aula Utama is <booked> by another program");
  });

  it("writes the wall-clock time of the library's zone on both sides of a DST change", () => {
    const input = samplePlanInput() as { occurrences: { id: string; start: string; end: string }[] };
    const tea = input.occurrences.find((o) => o.id.startsWith("tea@"));
    const story = input.occurrences.find((o) => o.id === "story_ny@2019-03-05T10:00");
    if (tea === undefined || story === undefined) throw new Error("fixture changed");
    // The day British Summer Time starts.
    Object.assign(tea, { start: "2019-03-31T15:00:00+01:00", end: "2019-03-31T16:30:00+01:00" });
    // The same instant as 10:00 EST, written with another offset: converted to New York time.
    Object.assign(story, { start: "2019-03-05T22:00:00+07:00", end: "2019-03-05T23:00:00+07:00" });
    const out = exportIcs(planOf(input), sampleWorkspace(), { calendarName: "x" });
    const lines = unfold(out);
    expect(lines).toContain("DTSTART;TZID=Europe/London:20190331T150000");
    expect(lines).toContain("DTEND;TZID=Europe/London:20190331T163000");
    expect(lines).toContain("DTSTART;TZID=America/New_York:20190305T100000");
    const london = lines.join("\n").split("BEGIN:VTIMEZONE").find((b) => b.includes("TZID:Europe/London")) ?? "";
    expect(london).toMatch(/BEGIN:DAYLIGHT[^]*TZOFFSETTO:\+0100[^]*END:DAYLIGHT/);
    expect(london).toMatch(/BEGIN:STANDARD[^]*TZOFFSETTO:\+0000[^]*END:STANDARD/);
  });

  it("falls back to UTC when the occurrence's library is not in the workspace", () => {
    const input = samplePlanInput() as { occurrences: { libraryId: string }[] };
    for (const o of input.occurrences) o.libraryId = "elsewhere";
    const out = exportIcs(planOf(input), sampleWorkspace(), { calendarName: "x" });
    expect(out).not.toContain("TZID");
    expect(out).toContain("DTSTART:20190212T020000Z");
  });

  it("applies the filter", () => {
    const out = exportIcs(plan, workspace, { calendarName: "NY", filter: (o) => o.libraryId === "nyc" });
    expect(events(out)).toHaveLength(2);
    expect(out).not.toContain("TZID:Asia/Jakarta");
  });
});

describe("exportIcs determinism", () => {
  const originalTz = process.env["TZ"];
  afterEach(() => {
    vi.useRealTimers();
    if (originalTz === undefined) delete process.env["TZ"];
    else process.env["TZ"] = originalTz;
  });

  it("gives the same bytes whatever the clock and the host zone", () => {
    const render = (): string => exportIcs(samplePlan(), sampleWorkspace(), { calendarName: "Solok" });
    const reference = render();
    vi.useFakeTimers();
    for (const [now, tz] of [
      ["2001-01-01T00:00:00Z", "Pacific/Kiritimati"],
      ["2040-07-15T12:34:56Z", "America/Los_Angeles"],
      ["2019-03-10T07:30:00Z", "Asia/Jayapura"],
    ] as const) {
      vi.setSystemTime(new Date(now));
      process.env["TZ"] = tz;
      expect(render()).toBe(reference);
    }
  });
});

// Text a person may type: Bahasa Indonesia, emoji, the characters iCalendar escapes, line breaks.
const humanText = fc
  .array(fc.oneof(fc.constantFrom("Perpustakaan", "baca", "ñ", "é", "📚", "👩🏽‍🏫", "🇮🇩", ",", ";", "\\", "\n", "\r\n", ":", '"', " ", "\t", "ẞ"), fc.string({ unit: "grapheme", maxLength: 8 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(""))
  .filter((s) => s.trim().length > 0);

// What TEXT can carry: line breaks normalise to \n, control characters other than tab are dropped.
// eslint-disable-next-line no-control-regex -- mirrors the exporter's rule
const expectedText = (s: string): string => s.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

describe("ICS text properties", () => {
  it("folding keeps lines within 75 octets, never splits a character and unfolds to the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom("a", "é", "ह", "📚", "\uD800", "\uDC00"), fc.string({ unit: "grapheme", maxLength: 1 })), maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${value.replace(/[\r\n]/g, "")}`;
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
        let cut = 0;
        folded.split("\r\n").forEach((piece, i) => {
          expect(octets(piece)).toBeLessThanOrEqual(75);
          cut += i === 0 ? piece.length : piece.length - 1;
          // A cut between a high and a low surrogate would split one character in two.
          expect(/[\uD800-\uDBFF]/.test(line[cut - 1] ?? "") && /[\uDC00-\uDFFF]/.test(line[cut] ?? "")).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("folds a long ASCII line into 75-octet pieces exactly", () => {
    const folded = foldLine(`SUMMARY:${"x".repeat(200)}`);
    // 208 octets: 75 on the first line, then a space and 74, then a space and the last 59.
    expect(folded.split("\r\n").map(octets)).toEqual([75, 75, 60]);
    expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short");
  });

  it("a title survives escape, fold, unfold and unescape", () => {
    fc.assert(
      fc.property(humanText, (title) => {
        const ics = exportIcs(samplePlan(), sampleWorkspace(title), { calendarName: title });
        for (const line of physicalLines(ics)) expect(octets(line)).toBeLessThanOrEqual(75);
        const e = events(ics).find((x) => prop(x, "UID")?.value === occurrenceUid({ id: "dongeng@2019-02-12T09:00", programId: "dongeng", libraryId: "solok" })) ?? [];
        expect(unescapeText(prop(e, "SUMMARY")?.value ?? "")).toBe(expectedText(title));
        const name = unfold(ics).map(parseLine).find((l) => l.name === "X-WR-CALNAME");
        expect(unescapeText(name?.value ?? "")).toBe(expectedText(title));
      }),
      { numRuns: 150 },
    );
  });

  it("escaped text has no bare comma, semicolon or line break", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const escaped = escapeText(s);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(escaped.replace(/\\[\\;,n]/g, "")).not.toMatch(/[\\;,]/);
      }),
    );
  });

  it("the same input gives the same bytes", () => {
    fc.assert(
      fc.property(humanText, (title) => {
        const a = exportIcs(samplePlan(), sampleWorkspace(title), { calendarName: "c" });
        const b = exportIcs(samplePlan(), sampleWorkspace(title), { calendarName: "c" });
        expect(a).toBe(b);
      }),
      { numRuns: 30 },
    );
  });
});
