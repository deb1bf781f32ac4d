import type { Position } from "vscode-languageserver-protocol";
import { exampleFolder, startSession, type LspSession } from "./client.js";

/** One example workspace per keyword language, with the names the end-to-end tests use. */
export const EXAMPLES = [
  {
    lang: "id",
    example: "solok-rakor-2019",
    locale: "id",
    today: "2019-01-01",
    programs: "program.lontar",
    agreements: "kesepakatan.lontar",
    resources: "sumber-daya.lontar",
    program: "rakor_2019",
    room: "ruang_pertemuan",
    staff: "yul_abrar",
    agreement: "mou_disdik_2019",
    needsRoom: "butuh ruang ",
    categoryKw: "kategori",
    capacityKw: "kapasitas",
    scheduleKw: "jadwal",
    programKw: "program",
    agreementKw: "kesepakatan",
    otherAgreementKw: "agreement",
    weekday: "senin",
    month: "januari",
    titleKw: "judul",
    dateFile: "program.lontar",
    date: "2019-02-07",
    dateWeekday: "Kamis",
    endTime: "→ 12:00",
  },
  {
    lang: "en",
    example: "langsa",
    locale: "en",
    today: "2024-01-01",
    programs: "programs.lontar",
    agreements: "agreements.lontar",
    resources: "resources.lontar",
    program: "pelatihan_literasi_digital",
    room: "lab_komputer",
    staff: "",
    agreement: "mou_sekolah_2024",
    needsRoom: "needs room ",
    categoryKw: "category",
    capacityKw: "capacity",
    scheduleKw: "schedule",
    programKw: "program",
    agreementKw: "agreement",
    otherAgreementKw: "kesepakatan",
    weekday: "mon",
    month: "jan",
    titleKw: "title",
    dateFile: "agreements.lontar",
    date: "2024-01-01",
    dateWeekday: "Mon",
    endTime: "→ 12:00",
  },
] as const;

/** The position of the `nth` occurrence of `needle` in `text` (plus `shift` characters). */
export function positionOf(text: string, needle: string, shift = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} not found`);
  }
  offset += shift;
  const before = text.slice(0, offset).split("\n");
  return { line: before.length - 1, character: before[before.length - 1]?.length ?? 0 };
}

/**
 * Starts the server on an example's folder in the example's locale and day, opens `files`
 * (the programs file when none are given) and waits for the last one's first diagnostics.
 */
export async function openExample(ex: (typeof EXAMPLES)[number], files: readonly string[] = [ex.programs]): Promise<LspSession> {
  const session = await startSession(exampleFolder(ex.example), { locale: ex.locale, options: { today: ex.today } });
  for (const file of files) session.open(file);
  const last = files[files.length - 1];
  if (last !== undefined) await session.diagnostics(last, 1);
  return session;
}
