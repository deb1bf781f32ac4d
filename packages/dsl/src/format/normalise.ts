/**
 * Rewrites every keyword-language field of a tree to one language, so the formatter writes
 * the whole file in English or in Bahasa Indonesia.
 */
import type { FileNode, KeywordLanguage } from "../syntax/ast.js";

const LANGUAGE_FIELDS = new Set(["lang", "monthLang", "atLang"]);

/** A copy of `file` whose keywords are all in `lang`. Depth is bounded by the parser's nesting limit. */
export function inLanguage(file: FileNode, lang: KeywordLanguage): FileNode {
  return relabel(file, lang) as FileNode;
}

function relabel(value: unknown, lang: KeywordLanguage): unknown {
  if (Array.isArray(value)) return value.map((v) => relabel(v, lang));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  if (record["kind"] === "Duration" && typeof record["text"] === "string" && typeof record["minutes"] === "number" && /\s/.test(record["text"])) {
    // `2 hours` / `2 jam`: spelled-out units follow the language; `2h` has none.
    return { ...record, text: spellDuration(record["minutes"], lang) };
  }
  for (const [key, v] of Object.entries(record)) {
    if (key === "valueLang") continue;
    out[key] = LANGUAGE_FIELDS.has(key) ? lang : relabel(v, lang);
  }
  return out;
}

function spellDuration(minutes: number, lang: KeywordLanguage): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = lang === "id" ? `${h} jam` : `${h} hours`;
  const mins = lang === "id" ? `${m} menit` : `${m} minutes`;
  return h === 0 ? mins : m === 0 ? hours : `${hours} ${mins}`;
}
