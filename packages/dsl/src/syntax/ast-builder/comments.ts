/**
 * Attaches `//` and `///` comments to the tree after parsing: doc comments to the next
 * declaration, own-line comments to the next item or property, same-line comments as a
 * property's trailing comment. Nothing is lost: every comment lands somewhere the
 * formatter prints.
 */
import type { IToken } from "chevrotain";
import type { Declaration, FileNode, Property } from "../ast.js";
import { nodeFields } from "./spanned-node.js";

type Item = FileNode["items"][number];

interface PropertyComments { leading: string[]; trailing: string[] }
/** A declaration's comments as gathered; a property's entry is made when it receives one (most receive none). */
interface MutableDeclaration { doc: string[]; leading: string[]; inner: string[]; closing: string | undefined; props: (PropertyComments | undefined)[] }
/** An item's comments as gathered: an import's or a horizon's comment after it on its line is its `trailing`. */
interface ItemComments { leading: string[]; decl: MutableDeclaration | undefined; trailing?: string; lastLine?: number }

/** A blank line among an item's leading comments: the formatter prints it as one. */
const BLANK_LINE = "";

/** Text of a `///` comment without the slashes and one following space. */
export function docText(image: string): string {
  const body = image.slice(3);
  return body.startsWith(" ") ? body.slice(1) : body;
}

/** Returns the items with comments attached, and the comments left after the last item. */
export function attachComments(items: readonly Item[], comments: readonly IToken[]): { items: Item[]; trailing: string[] } {
  if (comments.length === 0) return { items: [...items], trailing: [] };
  // Each item's comments, made when it receives its first: most items receive none.
  const state: (ItemComments | undefined)[] = new Array<ItemComments | undefined>(items.length);
  const trailing: string[] = [];
  // A comment after item `n` on its line stays with it: any, after a declaration's last line; after an import or the
  // horizon, its one trailing comment, never a `///` (which documents the next declaration).
  const staysOnLine = (n: number, c: IToken): boolean => {
    const item = items[n];
    return sameLineAfter(item, c) && (item?.kind === "Declaration" || (c.tokenType.name !== "DocComment" && state[n]?.trailing === undefined));
  };
  let i = 0;
  for (const c of comments) {
    const offset = c.startOffset;
    while (i < items.length && (items[i]?.range.end.offset ?? 0) <= offset && !staysOnLine(i, c)) i++;
    const item = items[i];
    if (item === undefined) {
      trailing.push(c.image);
      continue;
    }
    const s = (state[i] ??= { leading: [], decl: item.kind === "Declaration" ? { doc: [], leading: [], inner: [], closing: undefined, props: [] } : undefined });
    if (item.kind !== "Declaration" && staysOnLine(i, c)) {
      s.trailing = c.image;
      continue;
    }
    if (item.kind === "Declaration" && s.decl !== undefined && offset >= item.range.start.offset) {
      placeInDeclaration(item, s.decl, c);
      continue;
    }
    // A blank line between an item's comments above it stays, as one (BLANK_LINE): the comment before it is no note on what follows.
    const leading = s.decl !== undefined ? s.decl.leading : s.leading;
    if (s.lastLine !== undefined && (c.startLine ?? 0) > s.lastLine + 1 && leading.length > 0 && (s.decl === undefined || s.decl.doc.length === 0)) leading.push(BLANK_LINE);
    if (c.tokenType.name === "DocComment" && item.kind === "Declaration" && s.decl !== undefined) s.decl.doc.push(docText(c.image));
    else leading.push(c.image);
    s.lastLine = c.endLine ?? c.startLine ?? 0;
  }
  // And between them and the item: the item is not what the comments say.
  for (let n = 0; n < items.length; n++) {
    const s = state[n];
    const item = items[n];
    if (s?.lastLine === undefined || item === undefined || item.range.start.line <= s.lastLine + 1) continue;
    if (s.decl !== undefined && s.decl.doc.length === 0 && s.decl.leading.length > 0) s.decl.leading.push(BLANK_LINE);
    else if (s.decl === undefined && s.leading.length > 0) s.leading.push(BLANK_LINE);
  }
  // Only what received a comment is copied: most items and properties of a file have none.
  const out = items.map((item, n): Item => {
    const s = state[n];
    if (s === undefined) return item;
    if (item.kind !== "Declaration" || s.decl === undefined) {
      const after = s.trailing === undefined ? {} : { trailingComment: s.trailing };
      return s.leading.length === 0 && s.trailing === undefined ? item : { ...nodeFields(item), leadingComments: joined(item.leadingComments, s.leading), ...after };
    }
    const d = s.decl;
    if (d.doc.length === 0 && d.leading.length === 0 && d.inner.length === 0 && d.closing === undefined && d.props.length === 0) return item;
    const properties = d.props.length === 0 ? item.properties : item.properties.map((p, j): Property => {
      const ps = d.props[j];
      if (ps === undefined || (ps.leading.length === 0 && ps.trailing.length === 0)) return p;
      const [first, ...rest] = ps.trailing;
      return { ...nodeFields(p), leadingComments: [...p.leadingComments, ...ps.leading, ...rest], ...(first !== undefined ? { trailingComment: first } : {}) };
    });
    const decl: Declaration = { ...nodeFields(item), doc: joined(item.doc, d.doc), leadingComments: joined(item.leadingComments, d.leading), properties };
    const inner = d.inner.length > 0 ? { ...decl, innerTrailingComments: d.inner } : decl;
    return d.closing === undefined ? inner : { ...inner, closingComment: d.closing };
  });
  return { items: out, trailing };
}

/** `before` then `after`: `before` itself when nothing comes after (the tree's lists are read-only, and kept). */
function joined(before: readonly string[], after: readonly string[]): readonly string[] {
  return after.length === 0 ? before : [...before, ...after];
}

/** A comment on the last line of an item, after it: `room aula { capacity 60 } // note`, `impor "./mitra.lontar" // para mitra`. */
function sameLineAfter(item: Item | undefined, c: IToken): boolean {
  return item !== undefined && item.range.end.line === c.startLine && item.range.end.offset <= c.startOffset;
}

function placeInDeclaration(decl: Declaration, d: MutableDeclaration, c: IToken): void {
  const line = c.startLine ?? 0;
  const props = decl.properties;
  const entry = (j: number): PropertyComments => (d.props[j] ??= { leading: [], trailing: [] });
  // After the closing `}`, on its line (`sameLineAfter`): the declaration's, not its last property's.
  if (c.startOffset >= decl.range.end.offset && d.closing === undefined && decl.broken === undefined) {
    d.closing = c.image;
    return;
  }
  for (let j = 0; j < props.length; j++) {
    const p = props[j];
    if (p === undefined) continue;
    // Inside a property, or after it on its last line: a trailing comment.
    if (c.startOffset >= p.range.start.offset && line <= p.range.end.line && (c.startOffset < p.range.end.offset || line === p.range.end.line)) {
      entry(j).trailing.push(c.image);
      return;
    }
    if (c.startOffset < p.range.start.offset) {
      entry(j).leading.push(c.image);
      return;
    }
  }
  d.inner.push(c.image);
}
