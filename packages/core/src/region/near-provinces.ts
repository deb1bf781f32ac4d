/**
 * A province Lontar does not know, whose time zone it cannot infer (LON3010): the nearest
 * province names, so that `Maluku Utaraa` is answered "did you mean `Maluku Utara`?" and
 * not with a zone that may be the wrong one (Maluku Utara keeps WIT, not Jakarta's WIB).
 * Shared by the language's checker and core's validation of a workspace built in code.
 */
import { damerauDistance } from "../primitives/edit-distance.js";
import { PROVINCES, provinceKey as key } from "./provinces.js";

/** At most this many provinces are named by spelling. */
const MAX_NEAR = 3;
/** Every province a first word names is listed: Sulawesi and Papua have six. */
const MAX_BY_FIRST_WORD = 6;

const SPELLINGS: readonly (readonly [string, string])[] = PROVINCES.flatMap((p) => [p.name, ...p.aliases].map((s) => [key(s), p.name] as const));

/**
 * The official names of the provinces nearest to `written` (by any of their spellings), the
 * nearest first: within two edits, or three for a name of ten letters or more (`Sumatra
 * Barat`, `Kalimantan Timr`). The first word of several provinces (`Jawa`, `Sulawesi`)
 * names each of them, in the official list's order. Empty when none is that near.
 *
 * @example nearProvinces("Maluku Utaraa") // ["Maluku Utara"]
 * @example nearProvinces("Jawa") // ["Jawa Barat", "Jawa Tengah", "Jawa Timur"]
 */
export function nearProvinces(written: string): string[] {
  const typed = key(written);
  if (typed === "") return [];
  const named = written.trim().split(/\s+/).length === 1 && typed.length >= 4 ? PROVINCES.filter((p) => key(p.name).startsWith(typed) && p.name.includes(" ")) : [];
  if (named.length > 1) return named.slice(0, MAX_BY_FIRST_WORD).map((p) => p.name);
  const limit = typed.length >= 10 ? 3 : 2;
  const best = new Map<string, number>();
  for (const [spelling, name] of SPELLINGS) {
    const d = damerauDistance(typed, spelling, limit);
    if (d <= limit && d < (best.get(name) ?? Infinity)) best.set(name, d);
  }
  return [...best].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_NEAR).map(([name]) => name);
}
