import type { NoPlanReason } from "../src/plan-view.js";
import type { SiteLang } from "../src/protocol.js";

/** The playground's own words, per language (the diagnostics and the plan's reasons come from the packages). */
export const WORDS = {
  en: {
    example: "Example",
    loading: "Starting the language server and the planner…",
    format: "Format (Shift+Alt+F)",
    rename: "Rename (F2)",
    calendar: "Calendar",
    keys: "Ctrl+Space completes, F2 renames, F12 goes to a definition, Shift+F12 lists references, Shift+Alt+F formats.",
    checking: "Checking…",
    planning: "Planning…",
    share: "Copy link",
    copied: "Link copied",
    downloadWorkspace: "Download workspace (.zip)",
    downloadIcs: "Download plan (.ics)",
    downloadXlsx: "Download plan (.xlsx)",
    noPlanToDownload: "No plan to download: fix the errors first.",
    problems: (errors: number, warnings: number) => `${errors} error(s), ${warnings} warning(s)`,
    none: { errors: "No plan while the workspace has errors.", "no-programs": "No program to plan yet.", "no-horizon": "No horizon: add `horizon 2026-01-01..2026-12-31`.", refused: "Too many sessions for the playground:" } satisfies Record<NoPlanReason, string>,
    badLink: "The link's workspace could not be read; the first example is open instead.",
    fromPlan: "(from the plan)",
    newWorkspace: "New workspace",
  },
  id: {
    example: "Contoh",
    loading: "Menyiapkan server bahasa dan perencana…",
    format: "Rapikan (Shift+Alt+F)",
    rename: "Ganti nama (F2)",
    calendar: "Kalender",
    keys: "Ctrl+Space melengkapi, F2 mengganti nama, F12 ke definisi, Shift+F12 mendaftar rujukan, Shift+Alt+F merapikan.",
    checking: "Memeriksa…",
    planning: "Merencanakan…",
    share: "Salin tautan",
    copied: "Tautan disalin",
    downloadWorkspace: "Unduh ruang kerja (.zip)",
    downloadIcs: "Unduh rencana (.ics)",
    downloadXlsx: "Unduh rencana (.xlsx)",
    noPlanToDownload: "Belum ada rencana untuk diunduh: perbaiki galatnya dulu.",
    problems: (errors: number, warnings: number) => `${errors} galat, ${warnings} peringatan`,
    none: { errors: "Belum ada rencana selama ruang kerja masih ada galat.", "no-programs": "Belum ada program untuk direncanakan.", "no-horizon": "Tidak ada cakrawala: tambahkan `cakrawala 2026-01-01..2026-12-31`.", refused: "Terlalu banyak sesi untuk taman bermain:" } satisfies Record<NoPlanReason, string>,
    badLink: "Ruang kerja di tautan tidak dapat dibaca; contoh pertama dibuka.",
    fromPlan: "(dari rencana)",
    newWorkspace: "Ruang kerja baru",
  },
} as const satisfies Record<SiteLang, unknown>;

/** The words of one language. */
export type PlaygroundWords = (typeof WORDS)[SiteLang];
