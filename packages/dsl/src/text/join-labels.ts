/**
 * Lists in both languages: `a, b or c` / `a, b atau c` (one of them), `a, b and c` / `a, b dan
 * c` (all of them). A list of one is that one; of none, empty.
 */
import type { Labels } from "@lontar/core";

const joined = (parts: readonly Labels[], conjunction: Labels): Labels => {
  const join = (language: keyof Labels): string => {
    const list = parts.map((p) => p[language]);
    return list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} ${conjunction[language]} ${list[list.length - 1] ?? ""}`;
  };
  return { en: join("en"), id: join("id") };
};

/** `a, b or c` / `a, b atau c`: one of them. */
export function joinAny(parts: readonly Labels[]): Labels {
  return joined(parts, { en: "or", id: "atau" });
}

/** `a, b and c` / `a, b dan c`: all of them. */
export function joinAll(parts: readonly Labels[]): Labels {
  return joined(parts, { en: "and", id: "dan" });
}
