import { describe, expect, it } from "vitest";
import { expandWorkspace } from "../../src/expand/workspace.js";
import { localStarts, workspaceOf } from "./helpers.js";

const solok = { id: "dispusip_solok", name: "Dispusip Kota Solok", tier: "kota", region: { province: "Sumatera Barat" } } as const;
const ntt = { id: "perpusda_ntt", name: "Perpustakaan Daerah NTT", tier: "provinsi", region: { province: "Nusa Tenggara Timur" }, timeZone: "Asia/Makassar" } as const;

const bukuBergilir = (skipClosures: boolean) =>
  workspaceOf({
    libraries: [{ ...solok, timeZone: "Asia/Jakarta" }],
    programs: [
      {
        id: "buku_bergilir",
        title: "Buku Bergilir",
        library: "dispusip_solok",
        category: "book_rotation",
        sites: ["kel_a", "kel_b", "kel_c", "kel_d"],
        siteMode: "rotating",
        schedules: [{ kind: "rrule", dtstart: "2019-02-12T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20191220T235959", durationMinutes: 120, skipClosures }],
      },
    ],
  });

describe("seed 003: Buku Bergilir, Tuesdays and Fridays 09:00-11:00 WIB, 12 Feb - 20 Dec 2019", () => {
  const year = { from: "2019-01-01", to: "2019-12-31" };

  it("gives 45 Tuesdays and 45 Fridays, 09:00+07:00 for two hours", () => {
    const { occurrences } = expandWorkspace(bukuBergilir(false), year);
    expect(occurrences).toHaveLength(90);
    expect(occurrences[0]).toMatchObject({ id: "buku_bergilir@2019-02-12T09:00", start: "2019-02-12T09:00:00+07:00", end: "2019-02-12T11:00:00+07:00" });
    expect(occurrences.at(-1)?.id).toBe("buku_bergilir@2019-12-20T09:00");
    expect(occurrences.every((o) => o.localStart === "09:00" && o.localEnd === "11:00" && o.zone === "Asia/Jakarta")).toBe(true);
  });

  it("rotates the four kelurahan in chronological order", () => {
    const { occurrences } = expandWorkspace(bukuBergilir(false), year);
    expect(occurrences.slice(0, 6).map((o) => o.site)).toEqual(["kel_a", "kel_b", "kel_c", "kel_d", "kel_a", "kel_b"]);
  });

  it("drops Good Friday (19 April 2019) as a public holiday when closures are skipped", () => {
    const { occurrences, dropped } = expandWorkspace(bukuBergilir(true), year);
    expect(occurrences.length + dropped.length).toBe(90);
    expect(dropped.find((d) => d.localDate === "2019-04-19")).toMatchObject({ reason: "public-holiday", programId: "buku_bergilir" });
    expect(occurrences.some((o) => o.localDate === "2019-04-19")).toBe(false);
  });

  it("includes a DTSTART that the rule does not match (Monday 11 Feb), as RFC 5545 requires", () => {
    const starts = localStarts({ dtstart: "2019-02-11T09:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;COUNT=3", zone: "Asia/Jakarta" });
    expect(starts).toEqual(["2019-02-11T09:00", "2019-02-12T09:00", "2019-02-15T09:00"]);
  });
});

describe("seed 004: NTT Peer Learning Meeting, 16-18 October 2019, WITA", () => {
  const workspace = workspaceOf({
    libraries: [ntt],
    programs: [
      {
        id: "plm_ntt",
        title: "Peer Learning Meeting",
        library: "perpusda_ntt",
        category: "peer_learning",
        schedules: [{ kind: "range", range: { from: "2019-10-16", to: "2019-10-18" }, dailyStart: "08:00", dailyEnd: "16:00" }],
      },
    ],
  });

  it("gives one occurrence per day, 08:00-16:00+08:00, sharing the id prefix", () => {
    const { occurrences } = expandWorkspace(workspace, { from: "2019-10-01", to: "2019-10-31" });
    expect(occurrences.map((o) => [o.id, o.start, o.end])).toEqual([
      ["plm_ntt@2019-10-16T08:00", "2019-10-16T08:00:00+08:00", "2019-10-16T16:00:00+08:00"],
      ["plm_ntt@2019-10-17T08:00", "2019-10-17T08:00:00+08:00", "2019-10-17T16:00:00+08:00"],
      ["plm_ntt@2019-10-18T08:00", "2019-10-18T08:00:00+08:00", "2019-10-18T16:00:00+08:00"],
    ]);
  });

  it("keeps only the days inside the horizon", () => {
    const { occurrences } = expandWorkspace(workspace, { from: "2019-10-17", to: "2019-12-31" });
    expect(occurrences.map((o) => o.localDate)).toEqual(["2019-10-17", "2019-10-18"]);
  });
});

describe("yearly and monthly rules", () => {
  it("the last Friday of each month", () => {
    expect(localStarts({ dtstart: "2019-01-25T14:00", rrule: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", zone: "Asia/Jayapura" })).toEqual([
      "2019-01-25T14:00",
      "2019-02-22T14:00",
      "2019-03-29T14:00",
      "2019-04-26T14:00",
    ]);
  });

  it("Hari Buku Nasional, 17 May every year", () => {
    expect(localStarts({ dtstart: "2019-05-17T09:00", rrule: "FREQ=YEARLY", zone: "Asia/Jakarta", until: "2023-12-31" })).toEqual([
      "2019-05-17T09:00",
      "2020-05-17T09:00",
      "2021-05-17T09:00",
      "2022-05-17T09:00",
      "2023-05-17T09:00",
    ]);
  });

  it("29 February only in leap years", () => {
    expect(localStarts({ dtstart: "2020-02-29T10:00", rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=3", zone: "Asia/Makassar" })).toEqual([
      "2020-02-29T10:00",
      "2024-02-29T10:00",
      "2028-02-29T10:00",
    ]);
  });

  it("the 31st only in months that have one, and 30 February never", () => {
    expect(localStarts({ dtstart: "2019-01-31T10:00", rrule: "FREQ=MONTHLY;COUNT=4", zone: "Asia/Jakarta" })).toEqual([
      "2019-01-31T10:00",
      "2019-03-31T10:00",
      "2019-05-31T10:00",
      "2019-07-31T10:00",
    ]);
    expect(localStarts({ dtstart: "2019-01-01T10:00", rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", zone: "Asia/Jakarta" })).toEqual(["2019-01-01T10:00"]);
  });
});
