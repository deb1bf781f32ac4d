/**
 * Comparing trees while ignoring how they were written.
 */
import { WRITTEN_WORD_FIELDS } from "./written-words.js";

const DROPPED = new Set(["range", "metricRange", "lang", "atLang", "monthLang", "leadingComments", "trailingComment", "trailingComments", "innerTrailingComments", "closingComment", "doc", "text", "path", "daysFirst", ...WRITTEN_WORD_FIELDS]);

/**
 * A deep copy of a node without source details: ranges, keyword languages, comments, doc
 * comments, the written text of durations, the words of weeks and weekdays and whether days came right after `every`. Imports are moved before the other items
 * (their order among themselves kept), as the formatter does. Two files that say the same
 * thing in English and in Bahasa Indonesia strip to equal values.
 *
 * `text` is dropped only from Duration nodes; `path` only from the File node.
 */
export function stripSyntaxDetails<T>(node: T): unknown {
  return strip(node, undefined);
}

function strip(value: unknown, parentKind: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, parentKind));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const kind = typeof record["kind"] === "string" ? record["kind"] : undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (DROPPED.has(key)) {
      const keep = (key === "text" && kind !== "Duration") || (key === "path" && kind !== "File");
      // `range` on a Closed node also carries its dates (see ast.ts); `dates` keeps them.
      if (!keep) continue;
    }
    out[key] = strip(record[key], kind);
  }
  if (kind === "File" && Array.isArray(out["items"])) {
    const items = out["items"] as { kind?: string }[];
    out["items"] = [...items.filter((i) => i.kind === "Import"), ...items.filter((i) => i.kind !== "Import")];
  }
  return out;
}
