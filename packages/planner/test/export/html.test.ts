import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportHtml } from "@lontar/planner";
import { planOf, sampleWorkspace, sampleWorkspaceInput, samplePlan, samplePlanInput, workspaceOf } from "./fixtures.js";

// Every tag the page may contain; anything else that starts with "<" is injected markup.
const PAGE_TAGS = /<!DOCTYPE html>|<\/?(?:html|head|body|meta|title|style|header|h1|h2|p|span|section|table|caption|thead|tbody|tr|th|td|ul|li|code|small|time|br)(?:\s[^<>]*)?>/g;
// Every tag with its attributes, values blanked: names cannot change it unless they break out of text or a value.
const tagsOf = (html: string): string[] => (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/="[^"]*"/g, '=""'));
const strayAngles = (html: string): number => (html.replace(PAGE_TAGS, "").match(/</g) ?? []).length;

describe("exportHtml", () => {
  const html = exportHtml(samplePlan(), sampleWorkspace());

  it("is one self-contained page: inline style, no script, nothing fetched", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)=/i);
    expect(strayAngles(html)).toBe(0);
  });

  it("summarises counts, score and feasibility", () => {
    expect(html).toMatch(/Scheduled .*?<\/th><td>5<\/td>/);
    expect(html).toMatch(/Unassigned .*?<\/th><td>1<\/td>/);
    expect(html).toMatch(/Cancelled .*?<\/th><td>1<\/td>/);
    expect(html).toContain("<td>0 / 10 / 1</td>");
    expect(html).toContain("Feasible");
  });

  it("lists hard violations and says the plan is not feasible", () => {
    const input = samplePlanInput() as { violations: unknown[]; score: { hard: number } };
    input.violations.push({ constraint: "capacity", level: "hard", message: "Aula Utama holds 40, <50> expected", occurrenceId: "klub@2019-02-14T14:00" });
    input.score.hard = 1;
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(page).toContain("Not feasible");
    expect(page).toContain("<code>capacity</code> Aula Utama holds 40, &lt;50&gt; expected");
  });

  it("draws a month calendar for each month of the horizon with occurrences on their local day", () => {
    expect(html.match(/<table class="month">/g)).toHaveLength(2);
    expect(html).toContain("February 2019");
    expect(html).toContain("Maret 2019");
    expect(html).toMatch(/<span class="date">12<\/span><ul><li class="scheduled" title="SD Negeri 1 Solok · Perpustakaan Kota Solok"><time>09:00<\/time> Dongeng, cerita; dan &quot;sastra&quot; anak<\/li><\/ul>/);
    expect(html).toMatch(/<span class="date">21<\/span><ul><li class="unassigned" title="Perpustakaan Kota Solok">⚠ <time>14:00<\/time> Klub buku 📚<\/li><\/ul>/);
    // Cancelled occurrences are not drawn.
    expect(html).toMatch(/<span class="date">28<\/span><\/td>/);
  });

  it("lists at most eight occurrences a day and counts the rest", () => {
    const input = samplePlanInput() as { occurrences: Record<string, unknown>[] };
    for (let i = 10; i < 22; i += 1) {
      input.occurrences.push({ id: `klub@2019-02-15T${i}:00`, programId: "klub", libraryId: "solok", start: `2019-02-15T${i}:00:00+07:00`, end: `2019-02-15T${i}:30:00+07:00`, status: "scheduled", assignments: [] });
    }
    const page = exportHtml(planOf(input), sampleWorkspace());
    const day = /<span class="date">15<\/span><ul>(.*?)<\/ul>/.exec(page)?.[1] ?? "";
    expect(day.match(/<li class="scheduled"/g)).toHaveLength(8);
    expect(day).toContain('<li class="more">+4 more <span class="id" lang="id">(+4 lagi)</span></li>');
    expect(day).toContain("<time>17:00</time>");
    expect(day).not.toContain("<time>18:00</time>");
  });

  it("shades the heat map by hours booked over hours available, per week for a short horizon", () => {
    // Siti works 8 h a day on weekdays: 40 h in the week of 11 February 2019, 2 h booked.
    expect(html).toContain("<th>2019-W07</th>");
    expect(html).toMatch(/Siti Rahmah <small>Staff<\/small><\/th>(?:<td[^>]*>[^<]*<\/td>){2}<td class="u1" title="2 h \/ 40 h">5%<\/td>/);
    // Two projectors in opening hours (40 h each): 2 h of 80 h.
    expect(html).toMatch(/Proyektor <small>Equipment<\/small><\/th>(?:<td[^>]*>[^<]*<\/td>){2}<td class="u1" title="2 h \/ 80 h">3%<\/td>/);
    expect(html).not.toContain("APBD 2019");
  });

  it("uses months as heat-map columns for a long horizon", () => {
    const input = samplePlanInput() as { horizon: { from: string; to: string } };
    input.horizon = { from: "2019-01-01", to: "2019-12-31" };
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(page).toContain("<th>2019-02</th>");
    expect(page.match(/<table class="month">/g)).toHaveLength(12);
  });

  it("lists unassigned occurrences with reasons and agreement status", () => {
    expect(html).toMatch(/<td>2019-02-21 14:00<\/td><td>Klub buku 📚<\/td><td>Perpustakaan Kota Solok<\/td>/);
    expect(html).toContain("<code>no-double-booking</code> Aula Utama is &lt;booked&gt; by another program");
    expect(html).toContain("MoU SD 1");
    expect(html).toMatch(/class="status-at_risk">At risk/);
    expect(html).toContain("one session short");
  });

  it("stays a valid page for a horizon that is not a date range", () => {
    const input = samplePlanInput() as { horizon: { from: string; to: string } };
    input.horizon = { from: "someday", to: "2019-01-01" };
    const page = exportHtml(planOf(input), sampleWorkspace());
    expect(page).toContain("The horizon is not a valid date range.");
    expect(strayAngles(page)).toBe(0);
  });

  it("never lets a name open a tag, and gives the same bytes for the same input", () => {
    const hostile = fc.array(fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "<script>", "</td>", "<img src=x onerror=alert(1)>", "📚", "\n"), fc.string({ unit: "grapheme", maxLength: 6 })), {
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
        expect(exportHtml(samplePlan(), workspace)).toBe(page);
      }),
      { numRuns: 100 },
    );
  });
});
