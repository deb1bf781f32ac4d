/**
 * A comment written as another language writes it: `# …` (shell, Python, YAML) or `/* … *\/`
 * (C, Java, CSS). The lexer reads each as one comment (`HashComment`, `BlockComment`), so a
 * line costs one error, and this module makes that error, LON1001, with the `//` comment it
 * stands for as a certain fix: `#` becomes `//`; a block's lines each become a `//` line
 * (`///` for a `/** … *\/` block on lines of its own, a doc comment), at the indentation the block starts at.
 * A block with text after its `*\/` on the same line is not rewritten (the text would become
 * part of the comment); one never closed is a comment to the end of its line, and its `/*`
 * becomes `//`.
 */
import type { IToken } from "chevrotain";
import { createDiagnostic, suggestion } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { endOf, startOf } from "../ast-builder/ranges.js";

/** Whether a comment token is one Lontar does not write (`#`, `/* *\/`). */
export function isForeignComment(token: IToken): boolean {
  const name = token.tokenType.name;
  return name === "HashComment" || name === "BlockComment";
}

/** LON1001 at a `#` or `/* *\/` comment of `text`, with its `//` rewriting when certain. */
export function foreignCommentDiagnostic(token: IToken, text: string, file: string): Diagnostic {
  const range = { start: startOf(token), end: endOf(token) };
  const location = { file, range };
  if (token.tokenType.name === "HashComment") {
    const written = token.image.replace(/^#+/, "//");
    const fix = suggestion("note.writeAsComment", { text: "//" }, [{ location, text: written }], true);
    return createDiagnostic("LON1001.hashComment", {}, location, { suggestions: [fix] });
  }
  if (!token.image.endsWith("*/") || token.image.length < 4) {
    // Never closed: read as a comment to the end of its line, which `//` writes.
    const fix = suggestion("note.writeAsComment", { text: "//" }, [{ location, text: `//${token.image.slice(2)}` }], true);
    return createDiagnostic("LON1001.blockCommentUnclosed", {}, location, { suggestions: [fix] });
  }
  const rewritten = lineComments(token, text);
  // Text after the block on its line (`jenjang sekolah /* SMP */ tingkat smp`): `//` would take it into the comment.
  if (rewritten === undefined) return createDiagnostic("LON1001.blockCommentMidLine", {}, location, { suggestions: [] });
  const fix = suggestion("note.writeAsComment", { text: rewritten.prefix }, [{ location, text: rewritten.text }], true);
  return createDiagnostic("LON1001.blockComment", {}, location, { suggestions: [fix] });
}

/**
 * Whether the rest of a line after a block holds comments only (none, `// …`, `# …`, or more
 * blocks): then the block's `//` leaves nothing but comment after it on its line.
 */
function onlyComments(rest: string): boolean {
  let at = rest.trimStart();
  for (let blocks = 0; blocks < 100; blocks++) {
    if (at === "" || at.startsWith("//") || /^#(?![^ \t#])/.test(at)) return true;
    if (!at.startsWith("/*")) return false;
    const close = at.indexOf("*/", 2);
    if (close < 0) return true;
    at = at.slice(close + 2).trimStart();
  }
  return false;
}

/** The `//` lines a closed block comment stands for, or undefined when text other than comments follows it on its last line. */
function lineComments(token: IToken, text: string): { readonly text: string; readonly prefix: string } | undefined {
  const end = token.startOffset + token.image.length;
  const rest = /^[^\r\n]*/.exec(text.slice(end, end + 4096))?.[0] ?? "";
  if (!onlyComments(rest)) return undefined;
  const lineStart = Math.max(text.lastIndexOf("\n", token.startOffset - 1), text.lastIndexOf("\r", token.startOffset - 1)) + 1;
  const before = text.slice(lineStart, token.startOffset);
  // `/** … */` on lines of its own documents what follows, as `///` does; after a property it is a plain comment.
  const docStyle = /^\/\*\*(?![*/])/.test(token.image);
  const doc = docStyle && before.trim() === "";
  const prefix = doc ? "///" : "//";
  // The block's own indentation when it starts its line; the line's when it follows a property.
  const indent = /^[ \t]*/.exec(before)?.[0] ?? "";
  const newline = token.image.includes("\r\n") ? "\r\n" : token.image.includes("\r") && !token.image.includes("\n") ? "\r" : "\n";
  // A frame of stars (`/***/`, `/**** Judul ****/`) is no text of the comment.
  const body = token.image.slice(docStyle ? 3 : 2, -2).replace(/^\*+/, "").replace(/\*+$/, "");
  const split = body.split(/\r\n|\r|\n/);
  // Later lines keep their indentation past the least of them (a block around declarations keeps their shape), or lose a ` * ` margin.
  const later = split.slice(1).filter((line) => line.trim() !== "");
  const starred = later.length > 0 && later.every((line) => /^[ \t]*\*(?!\/)/.test(line));
  const margin = Math.min(...later.map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0));
  const lines = split.map((line, i) => (i === 0 ? line.replace(/^ /, "") : starred ? line.replace(/^[ \t]*\* ?/, "") : line.slice(Math.min(margin, line.length))).trimEnd());
  while (lines.length > 1 && lines[0] === "") lines.shift();
  while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const written = lines.map((line) => (line === "" ? prefix : `${prefix} ${line}`));
  return { text: written.join(newline + indent), prefix };
}
