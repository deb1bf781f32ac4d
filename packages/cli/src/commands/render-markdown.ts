import type { Palette } from "../color.js";

/**
 * Markdown made readable in a terminal, minimally: fence lines go (a fence's file name,
 * ```` ```lontar [utama.lontar] ````, stays as a line of its own above the block), code blocks
 * are indented, headings lose their `#`s (and are bold when colour is on), and code spans
 * lose their backticks (cyan when colour is on), and links their brackets and a page's path — as CommonMark reads them: a span may run
 * over the lines of its paragraph, and one opened by two backticks (``` `` `a` b `` ```) holds
 * single ones, one space inside each end dropped. The text keeps its lines.
 */
export function renderMarkdown(markdown: string, colors: Palette): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) out.push(...codeSpans(paragraph.join("\n"), colors.cyan).split("\n"));
    paragraph = [];
  };
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      endParagraph();
      const file = inFence ? undefined : /^\s*(?:```|~~~)\s*[\w-]*\s*\[([^\]]+)\]/.exec(line)?.[1];
      if (file !== undefined) out.push(`  ${colors.bold(file.trim())}:`);
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      endParagraph();
      out.push(colors.bold(codeSpans(heading[1] ?? "", (text) => text)));
    } else if (line.trim() === "" || LIST_ITEM.test(line)) {
      // A blank line ends a paragraph; a list item starts one (a span never runs from one item into the next).
      endParagraph();
      if (line.trim() === "") out.push(line);
      else paragraph.push(line);
    } else paragraph.push(line);
  }
  endParagraph();
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd();
  return `${text}\n`;
}

/** A line that starts an item of a list: `- `, `* `, `+ `, `1. `. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/**
 * The code spans of `text` (a paragraph, its lines joined by `\n`) without their backticks,
 * each shown by `show` line by line (a colour never runs over a line break). A run of
 * backticks opens a span closed by the next run of the same length; a run that none closes
 * is text.
 */
function codeSpans(text: string, show: (code: string) => string): string {
  let out = "";
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("`", at);
    if (open < 0) break;
    const width = runLength(text, open);
    const close = closingRun(text, open + width, width);
    if (close === undefined) {
      out += links(text.slice(at, open + width));
      at = open + width;
      continue;
    }
    out += links(text.slice(at, open)) + spanContent(text.slice(open + width, close)).split("\n").map(show).join("\n");
    at = close + width;
  }
  return out + links(text.slice(at));
}

/**
 * Links as a terminal shows them: `[LON5105](LON5105.md)` is its text (`lontar explain`
 * reads the page of the code it names), a web address is written after the text in brackets.
 */
function links(text: string): string {
  return text.replace(/\[([^\]`]+)\]\(([^)\s]+)\)/g, (_, label: string, target: string) => (/^https?:/.test(target) ? `${label} (${target})` : label));
}

/** How many backticks follow one another from `at`. */
function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === "`") end++;
  return end - at;
}

/** Where the next run of exactly `width` backticks from `from` starts, if any. */
function closingRun(text: string, from: number, width: number): number | undefined {
  let at = text.indexOf("`", from);
  while (at >= 0) {
    const length = runLength(text, at);
    if (length === width) return at;
    at = text.indexOf("`", at + length);
  }
  return undefined;
}

/** A span's text: one space inside each end dropped when both are there and it is not all spaces (`` `` `a` `` `` is `` `a` ``). */
function spanContent(code: string): string {
  return code.length >= 2 && /^[ \n]/.test(code) && /[ \n]$/.test(code) && /[^ \n]/.test(code) ? code.slice(1, -1) : code;
}
