/**
 * The resource and person filters' choices of the report's calendar (browser code, bundled
 * into the page by page-assets).
 */
import type { ReportData, ReportResource } from "../report-model.js";

/**
 * The report's resources that `take` keeps, as filter choices: each name with `details` in
 * brackets (`Aula (Ruang)`), and its library's name too where another choice would read the
 * same (every library's `Aula`: `Aula (Ruang, Dispusip Maluku)`).
 *
 * @example resourceChoices(data, (r) => r.kind === "room", (r) => [r.kindLabel]) // [{ name: "Aula (ruang, Dispusip Maluku)", index: 0 }, …]
 */
export function resourceChoices(data: Pick<ReportData, "resources" | "libraries">, take: (r: ReportResource) => boolean, details: (r: ReportResource) => string[]): { name: string; index: number }[] {
  const label = (r: ReportResource, more: readonly string[]): string => {
    const all = [...details(r), ...more];
    return all.length === 0 ? r.name : `${r.name} (${all.join(", ")})`;
  };
  const choices = data.resources.flatMap((r, index) => (take(r) ? [{ r, index, name: label(r, []) }] : []));
  const times = new Map<string, number>();
  for (const c of choices) times.set(c.name, (times.get(c.name) ?? 0) + 1);
  return choices.map(({ r, index, name }) => {
    const library = r.library === undefined ? undefined : data.libraries[r.library];
    return { name: (times.get(name) ?? 0) > 1 && library !== undefined ? label(r, [library]) : name, index };
  });
}
