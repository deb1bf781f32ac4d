import type { ReportData } from "../report-model.js";

/**
 * The report's program filter's choices: each program by its title, and where several
 * programs share a title (`Klub Buku` at three libraries), by its title and its library's
 * name, `Klub Buku (Perpustakaan Desa Maju)`, so that the choices can be told apart. A
 * program without a session in the report has no library to tell; it keeps its title.
 *
 * @example programChoices(data) // [{ name: "Klub Buku (Perpustakaan Desa A)", index: 0 }, …]
 */
export function programChoices(data: Pick<ReportData, "programs" | "sessions" | "libraries">): { readonly name: string; readonly index: number }[] {
  const titles = new Map<string, number>();
  for (const p of data.programs) titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
  const libraryOf = new Map<number, number>();
  for (const s of data.sessions) if (!libraryOf.has(s.program)) libraryOf.set(s.program, s.library);
  return data.programs.map((p, index) => {
    const library = libraryOf.get(index);
    const shared = (titles.get(p.title) ?? 0) > 1 && library !== undefined;
    return { name: shared ? `${p.title} (${data.libraries[library] ?? ""})` : p.title, index };
  });
}
