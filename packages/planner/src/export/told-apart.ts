/**
 * Names that tell apart things that share a title: each thing by its title, and where two
 * or more share one (`Klub Buku` at three libraries), by its title and what tells it apart
 * in brackets, `Klub Buku (Perpustakaan Desa Maju)`. One rule for the report's static lists
 * and its calendar in the browser (imports nothing, so the browser bundle carries it).
 *
 * @example toldApart([{ t: "Klub Buku", l: "A" }, { t: "Klub Buku", l: "B" }, { t: "Dongeng", l: "A" }], (x) => x.t, (x) => x.l)
 * // ["Klub Buku (A)", "Klub Buku (B)", "Dongeng"]
 */
export function toldApart<T>(items: readonly T[], title: (item: T) => string, apart: (item: T) => string | undefined): string[] {
  const times = new Map<string, number>();
  for (const item of items) times.set(title(item), (times.get(title(item)) ?? 0) + 1);
  return items.map((item) => {
    const name = title(item);
    const detail = (times.get(name) ?? 0) > 1 ? apart(item) : undefined;
    return detail === undefined || detail === "" ? name : `${name} (${detail})`;
  });
}
