/**
 * A declaration of a kind written on one line, as the language table spells it in each
 * language, for a message that asks for one (LON2002 of a name declared nowhere:
 * "declare it if it is new: `mitra pkk_ende { nama "…"  jenis … }`"): its keyword, the name,
 * `at …` when the kind is declared at a library, its display name when it takes one, and its
 * required properties, each value left as `…`.
 */
import type { Labels } from "@lontar/core";
import type { DeclarationKind } from "../syntax/ast.js";
import { declarationSpec, takesAtLibrary } from "./table.js";

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
    const properties = spec.properties.filter((p) => p.key === "name" || p.required === true);
    const body = properties.map((p) => `${p.keyword[language][0] ?? p.key} ${p.shape === "text" ? '"…"' : "…"}`);
    return body.length === 0 ? `${head} { }` : `${head} { ${body.join("  ")} }`;
  };
  return { en: written("en"), id: written("id") };
}
