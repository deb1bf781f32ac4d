/**
 * Rewrites every keyword-language field of a tree to one language, so the formatter writes
 * the whole file in English or in Bahasa Indonesia: keywords, spelled-out durations, and the
 * allowed values of enum-like properties (`tier city` → `jenjang kota`).
 */
import type { Declaration, FileNode, KeywordLanguage, Property, PropertyValue } from "../syntax/ast.js";
import { WRITTEN_WORD_FIELDS } from "../syntax/written-words.js";
import { nodeFields } from "../syntax/ast-builder/spanned-node.js";
import { allowedValue, propertySpec } from "../language/table.js";
import { isNameText } from "../syntax/lexer/tokens.js";

const LANGUAGE_FIELDS = new Set(["lang", "monthLang", "atLang"]);


/** A copy of `file` whose keywords are all in `lang`. Depth is bounded by the parser's nesting limit. */
export function inLanguage(file: FileNode, lang: KeywordLanguage): FileNode {
  return relabel(file, lang) as FileNode;
}

function relabel(value: unknown, lang: KeywordLanguage): unknown {
  if (Array.isArray(value)) return value.map((v) => relabel(v, lang));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  const record = nodeFields(value) as Record<string, unknown>;
  if (record["kind"] === "Duration" && typeof record["text"] === "string" && typeof record["minutes"] === "number" && (lang === "id" || /\s/.test(record["text"]))) {
    // `2 hours` / `2 jam`: spelled-out units follow the language. `2h` has none, and stays in
    // English; in Bahasa Indonesia it is spelled (`2 jam`), where `2h` reads as two days (hari).
    return { ...record, text: spellDuration(record["minutes"], lang) };
  }
  for (const [key, v] of Object.entries(record)) {
    // Words that belong to the language written (a day written `saturday`, a week written `pekan`) are dropped with it.
    if (WRITTEN_WORD_FIELDS.has(key)) continue;
    // A range has no words: kept as it is (a copy of a packed range's fields would have no `start` or `end`).
    out[key] = LANGUAGE_FIELDS.has(key) ? lang : key === "range" ? v : relabel(v, lang);
  }
  if (record["kind"] === "Declaration") {
    const declaration = record as unknown as Declaration;
    out["properties"] = (out["properties"] as Property[]).map((p) => withValueIn(declaration.declarationKind, p, lang));
  }
  return out;
}

/** A property whose value is an allowed value of its kind (a name, a list of names, an indicator's metric), written as `lang` writes it. */
function withValueIn(kind: Declaration["declarationKind"], property: Property, lang: KeywordLanguage): Property {
  const set = propertySpec(kind, property.key)?.values;
  if (set === undefined) return property;
  const word = (name: string): string => {
    const value = allowedValue(kind, property.key, name);
    const written = set.values.find((v) => v.value === value)?.written[lang];
    // A value written as a string (`"SD/MI"`) stays the name it was: a name is not a string.
    return written !== undefined && isNameText(written) ? written : name;
  };
  const rename = (v: PropertyValue): PropertyValue => {
    if (v.kind === "Reference") return { ...nodeFields(v), name: word(v.name) };
    if (v.kind === "Audience") return { ...v, group: { ...v.group, name: word(v.group.name) } };
    if (v.kind === "List") return { ...v, items: v.items.map((item) => (item.kind === "Reference" ? { ...nodeFields(item), name: word(item.name) } : item)) };
    // An indicator's metric (its name is a name: it stays).
    if (v.kind === "Indicator" && v.metric !== undefined) return { ...v, metric: word(v.metric) };
    return v;
  };
  return { ...nodeFields(property), value: rename(property.value) };
}

/** A length in words: `2 jam 30 menit`, `1 hour 30 minutes` (English's singular for one). */
function spellDuration(minutes: number, lang: KeywordLanguage): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = lang === "id" ? `${h} jam` : `${h} ${h === 1 ? "hour" : "hours"}`;
  const mins = lang === "id" ? `${m} menit` : `${m} ${m === 1 ? "minute" : "minutes"}`;
  return h === 0 ? mins : m === 0 ? hours : `${hours} ${mins}`;
}
