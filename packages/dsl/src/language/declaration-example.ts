/**
 * A declaration of a kind written on one line, as the language table spells it in each
 * language, for a message that asks for one (LON2002 of a name declared nowhere:
 * "declare it if it is new: `mitra pkk_ende { nama "…"  jenis … }`"): its keyword, the name,
 * `at …` when the kind is declared at a library, its title or else its display name, and its
 * required properties, each value left as `…` (a text `"…"`, a region `"…" / "…"`).
 */
import type { Labels } from "@lontar/core";
import type { DeclarationKind } from "../syntax/ast.js";
import { declarationSpec, takesAtLibrary } from "./table.js";

/** A value left to write, by its shape where `…` alone would not show it (a region's parts, a text's quotes). */
const VALUE_BY_SHAPE: Readonly<Partial<Record<string, string>>> = { text: '"…"', region: '"…" / "…"' };

/** The `at` of a declaration's head, in each language. */
const AT = { en: "at", id: "di" } as const;

/**
 * `kind` declared as `name`, in English and in Bahasa Indonesia.
 *
 * @example declarationExample("partner", "pkk_ende").id // 'mitra pkk_ende { nama "…"  jenis … }'
 */
export function declarationExample(kind: DeclarationKind, name: string): Labels {
  const spec = declarationSpec(kind);
  const written = (language: "en" | "id"): string => {
    const head = `${spec.keyword[language][0] ?? kind} ${name}${takesAtLibrary(kind) ? ` ${AT[language]} …` : ""}`;
    // Its display name: a title where the kind takes one (a program's `judul`), else its `nama`.
    const shown = spec.properties.some((p) => p.key === "title") ? "title" : "name";
    const properties = spec.properties.filter((p) => p.required || p.key === shown);
    const body = properties.map((p) => `${p.keyword[language][0] ?? p.key} ${VALUE_BY_SHAPE[p.shape] ?? "…"}`);
    return body.length === 0 ? `${head} { }` : `${head} { ${body.join("  ")} }`;
  };
  return { en: written("en"), id: written("id") };
}
