import type { ReportData } from "../report-model.js";
import { toldApart } from "../../told-apart.js";

/**
 * The report's program filter's choices, and the names its calendar titles sessions by:
 * each program by its title, and where several programs share a title (`Klub Buku` at
 * three libraries), by its title and its library's name, `Klub Buku (Perpustakaan Desa
 * Maju)`, so that they can be told apart: the name the report's lists give it (its data's
 * `name`), else its title told apart here (see toldApart). A program without a session in
 * the report has no library to tell; it keeps its title.
 *
 * @example programChoices(data) // [{ name: "Klub Buku (Perpustakaan Desa A)", index: 0 }, …]
 */
export function programChoices(data: Pick<ReportData, "programs" | "sessions" | "libraries">): { readonly name: string; readonly index: number }[] {
  const libraryOf = new Map<number, number>();
  for (const s of data.sessions) if (!libraryOf.has(s.program)) libraryOf.set(s.program, s.library);
  // The name the report's lists give (see programTitle), else the title told apart by library here.
  const names = toldApart(
    data.programs.map((p, index) => ({ title: p.name ?? p.title, index })),
    (p) => p.title,
    (p) => {
      const library = libraryOf.get(p.index);
      return library === undefined ? undefined : data.libraries[library];
    },
  );
  return names.map((name, index) => ({ name, index }));
}
