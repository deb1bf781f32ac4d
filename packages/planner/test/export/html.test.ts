import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportHtml, planWorkspace, REPORT_SECTIONS, reportData, reportSectionsHtml, type ReportData } from "@lontar/planner";
import { planOf, sampleWorkspace, sampleWorkspaceInput, samplePlan, samplePlanInput, workspaceOf } from "./fixtures.js";

// The page without the bodies of its script elements: what an HTML parser reads as markup.
const markupOf = (html: string): string => html.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, "$1$2");
// Every tag the page may contain; anything else that starts with "<" is injected markup.
const PAGE_TAGS =
  /<!DOCTYPE html>|<\/?(?:html|head|body|meta|title|style|script|header|nav|a|h1|h2|h3|p|span|strong|section|article|div|table|caption|thead|tbody|tr|th|td|ul|li|small|br|noscript)(?:\s[^<>]*)?>/g;
// Every tag with its attributes, values blanked: names cannot change it unless they break out of text or a value.
const tagsOf = (html: string): string[] => (markupOf(html).match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/="[^"]*"/g, '=""'));
const strayAngles = (html: string): number => (markupOf(html).replace(PAGE_TAGS, "").match(/</g) ?? []).length;
const dataOf = (html: string): ReportData => JSON.parse(/<script type="application\/json" id="lontar-report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "null") as ReportData;
const section = (html: string, id: string): string => new RegExp(`<section id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";

describe("exportHtml", () => {
  const html = exportHtml(samplePlan(), sampleWorkspace());
  const id = exportHtml(samplePlan(), sampleWorkspace(), { language: "id" });

  // Stop 58's walk: read as text or with scripts blocked, the calendar section was an empty element.
  it("says, without scripts, that the calendar needs them and where every session is, in each language", () => {
    expect(section(html, "calendar")).toContain("<noscript><p>This calendar needs JavaScript. The sessions are also in occurrences.csv, plan.xlsx and the .ics calendars.</p></noscript>");
    expect(section(id, "calendar")).toContain("<noscript><p>Kalender ini memerlukan JavaScript. Kegiatannya juga ada di occurrences.csv, plan.xlsx dan kalender .ics.</p></noscript>");
  });

  it("is one self-contained page: styles, data and its one script inline, every request forbidden", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(markupOf(html)).not.toMatch(/<link|<img|<iframe|@import|url\(|src=/i);
    expect(strayAngles(html)).toBe(0);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(scripts).toHaveLength(1);
    const hash = createHash("sha256").update(scripts[0] ?? "", "utf8").digest("base64");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`);
  });

  it("draws any of its sections on their own, in the order asked, as the page holds them", () => {
    for (const [language, page] of [["en", html], ["id", id]] as const) {
      const asked = [...REPORT_SECTIONS].reverse();
      const sections = reportSectionsHtml(samplePlan(), sampleWorkspace(), asked, language);
      expect(sections.map((html) => /^<section id="([a-z]+)">/.exec(html)?.[1])).toEqual(asked);
      for (const [k, ask] of asked.entries()) expect(sections[k]).toBe(section(page, ask));
    }
    expect(reportSectionsHtml(samplePlan(), sampleWorkspace(), [])).toEqual([]);
  });

  it("speaks the workspace's language, titled with its name", () => {
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h1>Dinas Perpustakaan Kota Solok</h1>");
    expect(id).toContain('<html lang="id">');
    expect(id).toContain("<h2>Ringkasan</h2>");
    expect(id).toContain("<h2>Kesepakatan</h2>");
    expect(dataOf(id).language).toBe("id");
  });

  it("counts a session its own schedule leaves out (`kecuali`) as such, not as cancelled by a rule (stop 43's walk)", () => {
    const input = samplePlanInput() as { occurrences: { status: string; reasons?: unknown[] }[] };
    const cancelled = input.occurrences.find((o) => o.status === "cancelled");
    if (cancelled === undefined) throw new Error("the sample plan has no cancelled session");
    cancelled.reasons = [{ constraint: "exception", level: "info", message: "excepted 2019-02-28" }];
    const plan = planOf(input);
    expect(section(exportHtml(plan, sampleWorkspace()), "summary")).toContain("5 of 7 sessions scheduled; 1 could not be placed; 1 left out by their own schedules.");
    expect(section(exportHtml(plan, sampleWorkspace(), { language: "id" }), "summary")).toContain("5 dari 7 kegiatan terjadwal; 1 belum dapat dijadwalkan; 1 dikecualikan oleh jadwalnya sendiri.");
  });

  it("summarises in plain words", () => {
    expect(section(html, "summary")).toContain("5 of 7 sessions scheduled; 1 could not be placed; 1 cancelled by a rule or condition.");
    expect(section(id, "summary")).toContain("5 dari 7 kegiatan terjadwal; 1 belum dapat dijadwalkan; 1 dibatalkan karena aturan atau syarat.");
    // Found by a walk: "can be carried out" above the sessions not placed.
    expect(section(html, "summary")).toContain('<p class="bad">The plan cannot be carried out in full: sessions could not be placed (1); see below.</p>');
    expect(section(id, "summary")).toContain('<p class="bad">Rencana ini belum dapat dijalankan sepenuhnya: ada kegiatan yang belum dapat dijadwalkan (1); lihat di bawah.</p>');
    expect(section(html, "summary")).not.toContain("The plan can be carried out");
  });

  it("says the plan can be carried out once every session is placed", () => {
    const input = samplePlanInput() as { occurrences: { status: string }[] };
    for (const o of input.occurrences) if (o.status === "unassigned") o.status = "scheduled";
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(section(page, "summary")).toContain('<p class="ok">The plan can be carried out: no firm rule is broken.</p>');
  });

  it("counts sessions cancelled by holidays and lists the firm rules broken", () => {
    const input = samplePlanInput() as { occurrences: { status: string; reasons?: unknown[] }[]; violations: unknown[]; score: { hard: number } };
    const cancelled = input.occurrences.find((o) => o.status === "cancelled");
    if (cancelled !== undefined) cancelled.reasons = [{ constraint: "public-holiday", level: "info", message: "closed: Nyepi" }];
    input.violations.push({ constraint: "capacity", level: "hard", message: "Aula Utama holds 40, <50> expected", occurrenceId: "klub@2019-02-14T14:00" });
    input.score.hard = 1;
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(page).toContain("5 of 7 sessions scheduled; 1 could not be placed; 1 falls on holidays or closures.");
    expect(page).toContain("The plan cannot be carried out yet");
    // The session it concerns, by its program's title and time, then the planner's words (no words of the report's own for this constraint).
    expect(page).toContain("<li>Klub buku 📚, Thursday, 14 February 2019 14:00–16:00 WIB: Aula Utama holds 40, &lt;50&gt; expected</li>");
  });

  it("lists the sessions cancelled, each with its day and reason, and does not say every session found its place without them (a walk: a class on cuti bersama appeared nowhere)", () => {
    const base = sampleWorkspaceInput();
    const once = (dtstart: string) => ({ kind: "rrule" as const, dtstart, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 120 });
    // 2019-05-30 is Ascension Day (Kenaikan Isa Almasih); 2019-05-08 is a Wednesday the library is open.
    const workspace = workspaceOf({ ...base, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", schedules: [once("2019-05-30T09:00"), once("2019-05-08T09:00")] }] });
    const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });
    expect(plan.occurrences.map((o) => o.status)).toEqual(["scheduled", "cancelled"]);
    const id = section(exportHtml(plan, workspace, { language: "id" }), "unplaced");
    expect(id).not.toContain("Semua kegiatan mendapat tempat.");
    expect(id).toContain("<p>Semua kegiatan yang tidak dibatalkan mendapat tempat.</p>");
    expect(id).toContain("<h3>Kegiatan yang dibatalkan</h3>");
    expect(id).toMatch(/<li><strong>Klub buku, Kamis, 30 Mei 2019 09:00–11:00 WIB<\/strong><br>Sebabnya: Dibatalkan: hari libur, [^<]+<\/li>/);
    const en = section(exportHtml(plan, workspace), "unplaced");
    expect(en).toContain("<h3>Sessions cancelled</h3>");
    expect(en).toMatch(/<li><strong>Klub buku, Thursday, 30 May 2019 09:00–11:00 WIB<\/strong><br>Why: Cancelled: public holiday, [^<]+<\/li>/);
    // None cancelled: the words stay as they were.
    const plain = workspaceOf({ ...base, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", schedules: [once("2019-05-08T09:00")] }] });
    const none = section(exportHtml(planWorkspace(plain, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 }), plain), "unplaced");
    expect(none).toContain("<p>Every session found its place.</p>");
    expect(none).not.toContain("Sessions cancelled");
  });

  it("lists a route's visits to a library outside its opening hours, as `lontar check` warns of them (LON5111; a walk: the report said nothing)", () => {
    const base = sampleWorkspaceInput();
    const village = { id: "desa", name: "Perpustakaan Desa", tier: "desa" as const, region: { province: "Sumatera Barat" }, openingHours: [{ days: ["tue" as const], time: { start: "13:00", end: "16:00" } }] };
    const weekly = { kind: "rrule" as const, dtstart: "2019-05-07T09:00", rrule: "FREQ=WEEKLY;COUNT=3", durationMinutes: 120 };
    const workspace = workspaceOf({ ...base, libraries: [...(base.libraries ?? []), village], programs: [{ id: "keliling", title: "Keliling", library: "solok", category: "mobile_library", sites: ["desa"], schedules: [weekly] }] });
    const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });
    const id = section(exportHtml(plan, workspace, { language: "id" }), "summary");
    expect(id).toContain("<h3>Kunjungan saat perpustakaan yang dikunjungi tutup: di luar jam bukanya atau pada hari tutupnya (tidak dihitung dalam skor rencana)</h3>");
    expect(id).toContain("<li>Keliling ke Perpustakaan Desa: 3 kunjungan, yang pertama Selasa, 7 Mei 2019 09:00–11:00 WIB</li>");
    // Open when the van comes: nothing listed.
    const open = workspaceOf({ ...base, libraries: [...(base.libraries ?? []), { ...village, openingHours: [{ days: ["tue" as const], time: { start: "08:00", end: "16:00" } }] }], programs: [{ id: "keliling", title: "Keliling", library: "solok", category: "mobile_library", sites: ["desa"], schedules: [weekly] }] });
    expect(section(exportHtml(planWorkspace(open, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 }), open), "summary")).not.toContain("Visits outside");
  });

  it("lists the sessions of one program cancelled for one reason as one line, with how many and the first and last (a walk: 52 lines alike)", () => {
    const base = sampleWorkspaceInput();
    const renovated = { kind: "range" as const, range: { from: "2019-05-06", to: "2019-05-24" }, reason: "Renovasi" };
    const libraries = (base.libraries ?? []).map((l) => (l.id === "solok" ? { ...l, closures: [...(l.closures ?? []), renovated] } : l));
    const weekly = { kind: "rrule" as const, dtstart: "2019-05-01T09:00", rrule: "FREQ=WEEKLY;COUNT=5", durationMinutes: 120 };
    const workspace = workspaceOf({ ...base, libraries, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", schedules: [weekly] }] });
    const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });
    const en = section(exportHtml(plan, workspace), "unplaced");
    // 2019-05-01 is Labour Day, a line of its own; the three Wednesdays of the renovation are one.
    expect(en).toMatch(/<li><strong>Klub buku, Wednesday, 1 May 2019 09:00–11:00 WIB<\/strong><br>Why: Cancelled: public holiday, [^<]+<\/li>/);
    expect(en).toContain("<li><strong>Klub buku, 3 sessions, Wednesday, 8 May 2019 09:00–11:00 WIB … Wednesday, 22 May 2019 09:00–11:00 WIB</strong><br>Why: Cancelled: the library is closed, Renovasi.</li>");
    expect(en.match(/<li>/g)).toHaveLength(2);
  });

  it("does not call a plan runnable while it holds sessions when the library is closed: it lists them and marks them in the calendar", () => {
    // Solok opens Monday to Friday 08:00-16:00: a Sunday session, and a Friday one that runs past closing time.
    const base = sampleWorkspaceInput();
    const once = (dtstart: string) => ({ kind: "rrule" as const, dtstart, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 120 });
    const workspace = workspaceOf({ ...base, programs: [{ id: "klub", title: "Klub buku", library: "solok", category: "book_discussion", schedules: [once("2019-05-05T10:00"), once("2019-05-10T15:00"), once("2019-05-08T09:00")] }] });
    const plan = planWorkspace(workspace, { horizon: { from: "2019-05-01", to: "2019-05-31" }, seed: 1 });
    // Firm rules (hard), as the score line's docs say; the report names them as sessions while the library is closed, not under "firm rules broken".
    expect(plan.score.hard).toBe(2);
    const id = section(exportHtml(plan, workspace, { language: "id" }), "summary");
    expect(id).not.toContain("Batasan wajib yang dilanggar");
    expect(id).not.toContain("Rencana ini dapat dijalankan");
    expect(id).toContain('<p class="bad">Rencana ini belum dapat dijalankan apa adanya: ada kegiatan yang waktunya jatuh saat perpustakaannya tutup (2).</p>');
    expect(id).toContain("<p>Rencana mencatat 2 pelanggaran.</p>");
    expect(id).toContain("<h3>Kegiatan saat perpustakaan tutup</h3>");
    expect(id).toContain("<li>Klub buku, Minggu, 5 Mei 2019 10:00–12:00 WIB: Perpustakaan Kota Solok tutup pada hari Minggu</li>");
    expect(id).toContain("<li>Klub buku, Jumat, 10 Mei 2019 15:00–17:00 WIB: Perpustakaan Kota Solok tutup pukul 16:00, padahal kegiatan selesai pukul 17:00</li>");
    const en = exportHtml(plan, workspace);
    expect(section(en, "summary")).toContain("The plan cannot be carried out as it stands: sessions fall at times their library is closed (2).");
    expect(section(en, "summary")).toContain("<li>Klub buku, Sunday, 5 May 2019 10:00–12:00 WIB: Perpustakaan Kota Solok is closed on Sunday</li>");
    // In the calendar: the two sessions say what is wrong; the one within the hours says nothing.
    const sessions = dataOf(exportHtml(plan, workspace, { language: "id" })).sessions;
    expect(sessions.map((s) => [s.start, s.problems])).toEqual([
      ["2019-05-05 10:00", ["Perpustakaan Kota Solok tutup pada hari Minggu"]],
      ["2019-05-08 09:00", undefined],
      ["2019-05-10 15:00", ["Perpustakaan Kota Solok tutup pukul 16:00, padahal kegiatan selesai pukul 17:00"]],
    ]);
  });

  it("embeds the calendar's sessions (not the cancelled) with names, local times and assignments", () => {
    const data = dataOf(html);
    expect(data.sessions).toHaveLength(6);
    expect(data.totalSessions).toBe(6);
    const dongeng = data.sessions.find((s) => s.id === "dongeng@2019-02-12T09:00");
    expect(dongeng).toMatchObject({ start: "2019-02-12 09:00", end: "2019-02-12 11:00", status: "scheduled" });
    expect(data.places[dongeng?.place ?? -1]?.name).toBe("SD Negeri 1 Solok");
    expect(dongeng?.resources.map((r) => data.resources[r]?.name)).toEqual(["Siti Rahmah", "Proyektor"]);
    expect(data.programs[dongeng?.program ?? -1]?.partners).toEqual(["SD Negeri 1 Solok", "Bundo Kanduang"]);
    // New York's sessions at their own wall clock, across the DST change.
    expect(data.sessions.filter((s) => s.id.startsWith("story_ny")).map((s) => s.start)).toEqual(["2019-03-05 10:00", "2019-03-12 10:00"]);
    expect(data.sessions.find((s) => s.status === "unassigned")?.reasons).toEqual(["Aula Utama is <booked> by another program"]);
    expect(data.initialDate).toBe("2019-02-12");
    expect(reportData(samplePlan(), sampleWorkspace())).toEqual(data);
  });

  it("names holidays and declared closures, and the libraries a closure shuts", () => {
    const input = sampleWorkspaceInput();
    const libraries = input.libraries ?? [];
    const [solok, ...rest] = libraries;
    const closed = { ...solok, closures: [{ kind: "range", range: { from: "2019-03-18", to: "2019-03-19" }, reason: "Renovasi <aula>" }] };
    const workspace = workspaceOf({ ...input, libraries: [closed as NonNullable<typeof solok>, ...rest] });
    const days = reportData(samplePlan(), workspace, { language: "id" }).closedDays;
    // Every library takes Indonesia's holidays (none declares its own), the range closes Solok alone.
    expect(days.find((d) => d.date === "2019-02-05")).toMatchObject({ kind: "national", libraries: [] });
    expect(days.find((d) => d.date === "2019-02-05")?.name).toMatch(/Imlek/);
    expect(days.filter((d) => d.date === "2019-03-18")).toEqual([{ date: "2019-03-18", kind: "closure", name: "Renovasi <aula>", libraries: [0] }]);
    // The name stays text in the page: the JSON writes "<" escaped.
    expect(exportHtml(samplePlan(), workspace)).toContain("Renovasi \\u003caula>");
  });

  it("groups sessions not placed by cause, with the certain fix for a room too small", () => {
    const input = samplePlanInput() as { occurrences: { id: string; reasons?: unknown[] }[] };
    const unplaced = input.occurrences.find((o) => o.id === "klub@2019-02-21T14:00");
    if (unplaced !== undefined) {
      unplaced.reasons = [
        {
          constraint: "unassigned",
          level: "medium",
          message: "klub@2019-02-21T14:00: no free room for need 1 of klub (20 registrants; the largest room free then, aula, holds 12): aula too small",
          programId: "klub",
          needIndex: 0,
          needKind: "room",
          room: { registrants: 20, largestFree: { id: "aula", holds: 12 } },
        },
      ];
    }
    const base = sampleWorkspaceInput();
    const workspace = workspaceOf({ ...base, programs: (base.programs ?? []).map((p) => (p.id === "klub" ? { ...p, needs: [{ kind: "room" }] } : p)) });
    const en = section(exportHtml(planOf(input), workspace), "unplaced");
    expect(en).toContain("<h3>No room large enough is free</h3>");
    expect(en).toContain("Klub buku 📚: 1 sessions, first on Thursday, 21 February 2019 14:00 WIB");
    expect(en).toContain("Why: 20 registrants; the largest room free then, Aula Utama, holds 12.");
    expect(en).toContain("Suggested fix: With at most 12 registrants, Aula Utama could hold the session");
    const idPage = section(exportHtml(planOf(input), workspace, { language: "id" }), "unplaced");
    expect(idPage).toContain("Tidak ada ruang yang cukup besar dan kosong");
    expect(idPage).toContain("Saran: Dengan paling banyak 12 pendaftar, Aula Utama dapat dipakai");
    expect(section(html, "unplaced")).toContain("<h3>Other causes</h3>");
  });

  it("shows agreements per period, budgets against caps, KPIs per library", () => {
    const base = sampleWorkspaceInput();
    const withObligation = workspaceOf({ ...base, agreements: (base.agreements ?? []).map((a) => ({ ...a, obligations: [{ kind: "sessions", program: "dongeng", min: 2, per: "month" }] })) });
    const agreements = section(exportHtml(samplePlan(), withObligation), "agreements");
    expect(agreements).toContain("MoU SD 1 — SD Negeri 1 Solok");
    // Declared without a title: its id as words, not the id.
    const untitled = workspaceOf({ ...base, agreements: (base.agreements ?? []).map(({ title: _title, ...a }) => ({ ...a, id: "mou_disdik_2019" })) });
    const plan = samplePlan();
    const renamed = { ...plan, agreements: plan.agreements.map((a) => ({ ...a, agreementId: "mou_disdik_2019" })) };
    expect(section(exportHtml(renamed, untitled), "agreements")).toContain("<h3>MoU Disdik 2019 — SD Negeri 1 Solok");
    expect(agreements).toContain('<span class="status-at_risk">At risk</span>');
    expect(agreements).toContain('<tr class="bad"><td>sessions of Dongeng, cerita; dan &quot;sastra&quot; anak</td><td>February 2019</td><td>≥ 2</td><td>1</td><td>✗ Not met</td></tr>');
    const budget = section(html, "budget");
    // A budget declared without a name: its id as words.
    const unnamed = workspaceOf({ ...base, resources: (base.resources ?? []).map((r) => (r.kind === "budget" ? (({ name: _name, ...rest }) => ({ ...rest, id: "apbd_2019" }))(r) : r)) });
    expect(section(exportHtml({ ...samplePlan(), budget: [] }, unnamed), "budget")).toContain("<td>APBD 2019</td>");
    expect(budget).toContain('<td>APBD 2019</td><td>Programs</td><td class="num">Rp 10,000,000</td><td class="num">Rp 500,000</td><td class="num">Rp 9,500,000</td>');
    expect(section(id, "budget")).toContain("Rp 10.000.000");
    expect(section(html, "kpi")).toContain("Perpustakaan Kota Solok");
    // Numbers as each language writes them: a score of 0.8 and a target of a thousand.
    const thousand = workspaceOf({ ...base, kpis: [{ id: "kpi1", name: "IKU", indicators: [{ id: "visits", metric: "visits", weight: 100, target: 1000, per: "month" }] }] });
    expect(section(exportHtml(samplePlan(), thousand, { language: "id" }), "kpi")).toMatch(/<td class="num">1\.000 \/ bulan<\/td><td rowspan="1" class="num">0,8<\/td>/);
    expect(section(exportHtml(samplePlan(), thousand), "kpi")).toMatch(/<td class="num">1,000 \/ month<\/td><td rowspan="1" class="num">0\.8<\/td>/);
  });

  // Found by the outputs walk: examples/solok-interaksi's Bahasa Indonesia report listed its indicators as
  // "Jumlah kegiatan (kegiatan)" and "Lainnya (kepuasan_pemustaka)": the indicator's raw id, and again when the
  // label already says it; and a KPI declared without a name was its id (`iku_desa`).
  it("names a KPI's indicators by what they measure and, when it adds something, their id as words, never the raw id", () => {
    const base = sampleWorkspaceInput();
    const indicators = [
      { id: "kegiatan", metric: "activities", weight: 30, target: 10, per: "month" },
      { id: "visits", metric: "visits", weight: 30, target: 1000, per: "month" },
      { id: "kepuasan_pemustaka", metric: "custom", weight: 40, target: 80, per: "quarter" },
    ] as const;
    const workspace = workspaceOf({ ...base, kpis: [{ id: "iku_desa", indicators: [...indicators] }] });
    const plan = samplePlan();
    const renamed = { ...plan, kpis: plan.kpis.map((k) => ({ ...k, kpiId: "iku_desa" })) };
    const id = section(exportHtml(renamed, workspace, { language: "id" }), "kpi");
    expect(id).toContain("<td>Jumlah kegiatan</td>");
    // An id that is the metric's name in either language adds nothing: no English in brackets (a walk: "Jumlah kegiatan (Activities)").
    expect(id).toContain("<td>Jumlah kunjungan</td>");
    expect(id).toContain("<td>Lainnya (Kepuasan Pemustaka)</td>");
    expect(id).toContain(">IKU Desa</td>");
    expect(id).not.toMatch(/kepuasan_pemustaka|iku_desa|\(kegiatan\)/);
    const en = section(exportHtml(renamed, workspace), "kpi");
    expect(en).toContain("<td>Activities</td>");
    expect(en).toContain("<td>Visits</td>");
  });

  it("writes a budget share's amount and the plan's spending as money, in the reader's way", () => {
    const base = sampleWorkspaceInput();
    const shared = workspaceOf({ ...base, agreements: (base.agreements ?? []).map((a) => ({ ...a, obligations: [{ kind: "budget_share", party: "partner", amount: 25_000_000, program: "dongeng" }] })) });
    const plan = planWorkspace(shared, { horizon: samplePlan().horizon, seed: 1 });
    const rows = (language: "en" | "id") => /<tr class="[a-z]+"><td>[^<]*<\/td><td>[^<]*<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([✓✗⚠][^<]*)<\/td><\/tr>/.exec(section(exportHtml(plan, shared, { language }), "agreements"));
    expect(rows("en")?.[1]).toBe("Rp 25,000,000");
    expect(rows("id")?.[1]).toBe("Rp 25.000.000");
    expect(rows("id")?.[2]).toBe("Rp 0 dari biaya terencana Rp 0");
    // A share the plan does not use in full is a risk (a warning), as the agreement's status says: not "not met" under "at risk" (a walk).
    expect(plan.agreements[0]?.status).toBe("at_risk");
    expect([rows("en")?.[3], rows("id")?.[3]]).toEqual(["⚠ At risk", "⚠ Berisiko"]);
  });

  it("writes what a share pays of the planned cost, and that cost (the cost alone read as the partner's)", () => {
    const base = sampleWorkspaceInput();
    const costly = (amount: number) =>
      workspaceOf({
        ...base,
        programs: (base.programs ?? []).map((p) =>
          p.id === "dongeng"
            ? { ...p, costs: [{ amount: 100_000, per: "session" as const }], schedules: ["2019-02-04", "2019-02-05", "2019-02-06"].map((day) => ({ kind: "once" as const, start: `${day}T09:00`, durationMinutes: 60 })) }
            : p,
        ),
        agreements: (base.agreements ?? []).map((a) => ({ ...a, obligations: [{ kind: "budget_share", party: "partner", amount, program: "dongeng" }] })),
      });
    const cell = (workspace: ReturnType<typeof costly>) => {
      const plan = planWorkspace(workspace, { horizon: samplePlan().horizon, seed: 1 });
      const sessions = plan.occurrences.filter((o) => o.programId === "dongeng" && o.status === "scheduled").length;
      const html = section(exportHtml(plan, workspace, { language: "id" }), "agreements");
      return { sessions, paid: /<td>(Rp [\d.]+ dari biaya terencana Rp [\d.]+)<\/td>/.exec(html)?.[1] };
    };
    const rupiah = (n: number): string => `Rp ${n.toLocaleString("id-ID")}`;
    // A share larger than the cost pays the cost.
    const large = cell(costly(25_000_000));
    expect(large.sessions).toBeGreaterThan(1);
    expect(large.paid).toBe(`${rupiah(large.sessions * 100_000)} dari biaya terencana ${rupiah(large.sessions * 100_000)}`);
    // A share smaller than the cost pays its amount, and the rest is the program's.
    const small = cell(costly(100_000));
    expect(small.paid).toBe(`Rp 100.000 dari biaya terencana ${rupiah(small.sessions * 100_000)}`);
  });

  it("states a budget's cap per period and marks a period over it", () => {
    const base = sampleWorkspaceInput();
    const workspace = workspaceOf({
      ...base,
      resources: (base.resources ?? []).map((r) => (r.kind === "budget" ? { ...r, cap: { amount: 100_000, per: "month" } } : r)),
      programs: (base.programs ?? []).map((p) => (p.id === "klub" ? { ...p, costs: [{ amount: 75_000, per: "session", budget: "apbd" }] } : p)),
    });
    const budget = section(exportHtml(samplePlan(), workspace), "budget");
    expect(budget).toContain("<caption>APBD 2019 (cap Rp 100,000 per month)</caption>");
    // Two klub sessions scheduled in February (14 and 21 is unassigned): 75,000; none in March.
    // A month by its name, as the table of resources' use writes months (a planner's walk: `2019-02-01 – 2019-02-28`).
    expect(budget).toContain('<tr><td>Feb 2019</td><td class="num">Rp 75,000</td><td class="num">Rp 100,000</td></tr>');
    expect(section(exportHtml(samplePlan(), workspace, { language: "id" }), "budget")).toContain('<tr><td>Feb 2019</td><td class="num">Rp 75.000</td>');
    // A quarter by its dates.
    const quarterly = workspaceOf({ ...base, resources: (base.resources ?? []).map((r) => (r.kind === "budget" ? { ...r, cap: { amount: 100_000, per: "quarter" } } : r)) });
    expect(section(exportHtml(samplePlan(), quarterly), "budget")).toContain("<tr><td>January – March 2019</td>");
  });

  it("shades the use of resources and people by hours booked over hours available", () => {
    // Found by a user walk: the columns were headed by ISO week (`2019-W07`), which no Indonesian calendar prints.
    expect(html).toContain('<th title="2019-02-11 – 2019-02-17">11–17 Feb</th>');
    expect(section(html, "utilisation")).not.toMatch(/\d{4}-W\d\d/);
    // Found by a user walk: the kind ran into the name ("Aula Provinsi Ruang", "Paket Rotasi Paket koleksi"): a column of its own.
    expect(html).toContain("<tr><th>Resource</th><th>Kind</th><th ");
    expect(id).toContain("<tr><th>Sumber daya</th><th>Jenis</th><th ");
    expect(html).toMatch(/<th scope="row">Siti Rahmah<\/th><td class="kind">Staff<\/td>(?:<td[^>]*>[^<]*<\/td>){2}<td class="u1" title="2 h \/ 40 h">5%<\/td>/);
    expect(html).toMatch(/<th scope="row">Proyektor<\/th><td class="kind">Equipment<\/td>(?:<td[^>]*>[^<]*<\/td>){2}<td class="u1" title="2 h \/ 80 h">3%<\/td>/);
    expect(id).toMatch(/<th scope="row">Siti Rahmah<\/th><td class="kind">Staf<\/td>(?:<td[^>]*>[^<]*<\/td>){2}<td class="u1" title="2 jam \/ 40 jam">5%<\/td>/);
    expect(section(html, "utilisation")).not.toContain("<small>");
    expect(section(html, "utilisation")).not.toContain("APBD 2019");
  });

  it("prints a roster per person and per vehicle", () => {
    const rosters = section(html, "rosters");
    expect(rosters).toContain("<h3>Roster of Siti Rahmah</h3>");
    expect(rosters).toContain("<tr><td>Tuesday, 12 February 2019</td><td>09:00–11:00</td><td>Dongeng, cerita; dan &quot;sastra&quot; anak</td><td>SD Negeri 1 Solok</td><td>Perpustakaan Kota Solok</td></tr>");
    expect(html).toMatch(/@media print \{[\s\S]*#rosters \.roster \{ break-before: page;/);
  });

  it("stays a valid page for a horizon that is not a date range", () => {
    const input = samplePlanInput() as { horizon: { from: string; to: string } };
    input.horizon = { from: "someday", to: "2019-01-01" };
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(page).toContain("Nothing to show.");
    expect(dataOf(page).closedDays).toEqual([]);
    expect(strayAngles(page)).toBe(0);
  });

  it("never lets a name open a tag, and gives the same bytes for the same input", () => {
    const hostile = fc.array(fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "<script>", "</script>", "<!--", "</td>", "<img src=x onerror=alert(1)>", "📚", "\n", "\u2028"), fc.string({ unit: "grapheme", maxLength: 6 })), {
      minLength: 1,
      maxLength: 12,
    });
    const harmless = workspaceOf({ ...sampleWorkspaceInput("t"), name: "n", partners: [{ id: "sd1", name: "n", kind: "school" }, { id: "bundo", name: "t", kind: "customary_institution" }] });
    fc.assert(
      fc.property(hostile, hostile, (titleParts, nameParts) => {
        const title = `t${titleParts.join("")}`;
        const name = `n${nameParts.join("")}`;
        const input = sampleWorkspaceInput(title);
        const workspace = workspaceOf({ ...input, name, partners: [{ id: "sd1", name, kind: "school" }, { id: "bundo", name: title, kind: "customary_institution" }] });
        const page = exportHtml(samplePlan(), workspace);
        expect(strayAngles(page)).toBe(0);
        // An injected </td> or a quote leaving an attribute would look like page markup: compare with harmless names.
        expect(tagsOf(page)).toEqual(tagsOf(exportHtml(samplePlan(), harmless)));
        // The embedded data reads back the names as they are.
        expect(dataOf(page).title).toBe(name);
        expect(dataOf(page).programs.map((p) => p.title)).toContain(title);
        expect(exportHtml(samplePlan(), workspace)).toBe(page);
      }),
      { numRuns: 60 },
    );
  });
});
