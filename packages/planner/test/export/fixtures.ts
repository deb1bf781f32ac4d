import { type Workspace, type WorkspaceInput, validateWorkspace } from "@lontar/core";
import { Plan } from "@lontar/planner";

/** Validates a workspace built by hand; a fixture that does not validate is a broken test. */
export function workspaceOf(input: WorkspaceInput): Workspace {
  const result = validateWorkspace(input);
  if (!result.ok) throw new Error(`fixture workspace is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Validates a plan built by hand with the Plan schema. */
export function planOf(input: unknown): Plan {
  return Plan.parse(input);
}

/** A workspace with a West Sumatran library, one in New York (DST) and one in London, rooms, people, partners. */
export function sampleWorkspaceInput(title = "Dongeng, cerita; dan \"sastra\" anak"): WorkspaceInput {
  return {
    version: 1,
    name: "Dinas Perpustakaan Kota Solok",
    libraries: [
      {
        id: "solok",
        name: "Perpustakaan Kota Solok",
        tier: "kota",
        region: { province: "Sumatera Barat", regency: "Kota Solok" },
        openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }],
      },
      { id: "nyc", name: "Queens Branch", tier: "khusus", region: { province: "New York" }, timeZone: "America/New_York" },
      { id: "ldn", name: "London Reading Room", tier: "khusus", region: { province: "London" }, timeZone: "Europe/London" },
    ],
    partners: [
      { id: "sd1", name: "SD Negeri 1 Solok", kind: "school" },
      { id: "bundo", name: "Bundo Kanduang", kind: "customary_institution" },
    ],
    resources: [
      { kind: "room", id: "aula", name: "Aula Utama", library: "solok", capacity: 40 },
      { kind: "staff", id: "siti", name: "Siti Rahmah", library: "solok", availability: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] },
      { kind: "equipment", id: "proyektor", name: "Proyektor", library: "solok", quantity: 2 },
      { kind: "budget", id: "apbd", name: "APBD 2019", amount: 10_000_000, period: { from: "2019-01-01", to: "2019-12-31" } },
    ],
    programs: [
      { id: "dongeng", title, library: "solok", category: "storytelling", partners: ["sd1", "bundo"], sites: ["sd1"] },
      { id: "klub", title: "Klub buku 📚", library: "solok", category: "book_discussion" },
      { id: "story_ny", title: "Story time", library: "nyc", category: "storytelling" },
      { id: "tea", title: "Tea & books", library: "ldn", category: "book_discussion", partners: ["bundo"] },
    ],
    agreements: [
      { id: "mou_sd1", title: "MoU SD 1", library: "solok", partner: "sd1", validity: { from: "2019-01-01", to: "2019-12-31" } },
    ],
  };
}

/** A plan over February–March 2019 with scheduled, unassigned and cancelled occurrences in three zones. */
export function samplePlanInput(): unknown {
  return {
    version: 1,
    horizon: { from: "2019-02-01", to: "2019-03-31" },
    occurrences: [
      {
        id: "dongeng@2019-02-12T09:00",
        programId: "dongeng",
        libraryId: "solok",
        site: "sd1",
        start: "2019-02-12T09:00:00+07:00",
        end: "2019-02-12T11:00:00+07:00",
        status: "scheduled",
        assignments: [
          { resourceId: "siti", kind: "staff" },
          { resourceId: "proyektor", kind: "equipment" },
        ],
      },
      {
        id: "klub@2019-02-14T14:00",
        programId: "klub",
        libraryId: "solok",
        start: "2019-02-14T14:00:00+07:00",
        end: "2019-02-14T16:00:00+07:00",
        status: "scheduled",
        assignments: [{ resourceId: "aula", kind: "room" }],
      },
      {
        id: "klub@2019-02-21T14:00",
        programId: "klub",
        libraryId: "solok",
        start: "2019-02-21T14:00:00+07:00",
        end: "2019-02-21T16:00:00+07:00",
        status: "unassigned",
        assignments: [],
        reasons: [{ constraint: "no-double-booking", level: "hard", message: "Aula Utama is <booked> by another program", resourceId: "aula" }],
      },
      {
        id: "klub@2019-02-28T14:00",
        programId: "klub",
        libraryId: "solok",
        start: "2019-02-28T14:00:00+07:00",
        end: "2019-02-28T16:00:00+07:00",
        status: "cancelled",
        assignments: [],
      },
      {
        id: "story_ny@2019-03-12T10:00",
        programId: "story_ny",
        libraryId: "nyc",
        start: "2019-03-12T10:00:00-04:00",
        end: "2019-03-12T11:00:00-04:00",
        status: "scheduled",
        assignments: [],
      },
      {
        id: "story_ny@2019-03-05T10:00",
        programId: "story_ny",
        libraryId: "nyc",
        start: "2019-03-05T10:00:00-05:00",
        end: "2019-03-05T11:00:00-05:00",
        status: "scheduled",
        assignments: [],
      },
      {
        id: "tea@2019-03-30T15:00",
        programId: "tea",
        libraryId: "ldn",
        start: "2019-03-30T15:00:00+00:00",
        end: "2019-03-30T16:30:00+00:00",
        status: "scheduled",
        assignments: [],
      },
    ],
    violations: [{ constraint: "preferred-room", level: "soft", message: "not the preferred room", occurrenceId: "klub@2019-02-14T14:00" }],
    agreements: [
      {
        agreementId: "mou_sd1",
        status: "at_risk",
        findings: [
          {
            agreementId: "mou_sd1",
            obligationIndex: 0,
            kind: "sessions",
            period: { from: "2019-02-01", to: "2019-02-28" },
            expected: ">= 2",
            planned: 1,
            ok: false,
            message: "one session short",
          },
        ],
      },
    ],
    kpis: [{ kpiId: "kpi1", libraryId: "solok", projected: { visits: 120, members: 30 }, score: 0.8 }],
    budget: [{ budgetId: "apbd", amount: 10_000_000, planned: 500_000, remaining: 9_500_000 }],
    score: { hard: 0, medium: 10, soft: 1 },
  };
}

/** The sample workspace, validated. */
export function sampleWorkspace(title?: string): Workspace {
  return workspaceOf(sampleWorkspaceInput(title));
}

/** The sample plan, validated. */
export function samplePlan(): Plan {
  return planOf(samplePlanInput());
}
