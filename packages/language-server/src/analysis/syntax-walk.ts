import type { Declaration, DeclarationKind, FileNode, Range } from "@lontar/dsl";

/** A node of the tree as the walker sees it: a kind and a source range. */
export interface WalkedNode {
  /** The node's kind (`Declaration`, `Reference`, `Date`, …). */
  readonly kind: string;
  /** Its source range. */
  readonly range: Range;
  /** The node itself, for fields the walker does not know. */
  readonly node: Readonly<Record<string, unknown>>;
  /** Its parent, undefined for the file. */
  readonly parent: WalkedNode | undefined;
}

function isRange(value: unknown): value is Range {
  if (typeof value !== "object" || value === null) return false;
  const r = value as { start?: { offset?: unknown }; end?: { offset?: unknown } };
  return typeof r.start?.offset === "number" && typeof r.end?.offset === "number";
}

function isNode(value: unknown): value is Readonly<Record<string, unknown>> & { kind: string; range: Range } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as { kind?: unknown; range?: unknown };
  return typeof v.kind === "string" && isRange(v.range);
}

/**
 * Every node of a file with a kind and a range, parents before children, in source
 * order. An explicit stack (no recursion): the parser bounds the depth, the walker does
 * not rely on it.
 */
export function walkNodes(file: FileNode): WalkedNode[] {
  const out: WalkedNode[] = [];
  const root: WalkedNode = { kind: file.kind, range: file.range, node: file as unknown as Readonly<Record<string, unknown>>, parent: undefined };
  const stack: WalkedNode[] = [root];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined) break;
    out.push(current);
    const children: WalkedNode[] = [];
    for (const [key, value] of Object.entries(current.node)) {
      if (key === "range") continue;
      const values: unknown[] = Array.isArray(value) ? value : [value];
      for (const v of values) {
        if (isNode(v)) children.push({ kind: v.kind, range: v.range, node: v, parent: current });
        else if (typeof v === "object" && v !== null && !Array.isArray(v) && !isRange(v)) {
          // RecurrenceDays and similar objects without a range of their own: look one level in.
          for (const inner of Object.values(v)) if (isNode(inner)) children.push({ kind: inner.kind, range: inner.range, node: inner, parent: current });
        }
      }
    }
    children.sort((a, b) => b.range.start.offset - a.range.start.offset);
    stack.push(...children);
  }
  return out;
}

/** The declarations of a file, in source order. */
export function declarationsOf(file: FileNode): Declaration[] {
  return file.items.flatMap((item) => (item.kind === "Declaration" ? [item] : []));
}

/** The kinds a resource `needs` item names. */
export type ResourceKind = Extract<DeclarationKind, "room" | "vehicle" | "staff" | "volunteer" | "collection" | "equipment">;
