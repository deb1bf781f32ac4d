import type { Palette } from "../color.js";

/**
 * Markdown made readable in a terminal, minimally: fence lines go (a fence's file name,
 * ```` ```lontar [utama.lontar] ````, stays as a line of its own above the block), code blocks
 * are indented, headings lose their `#`s (and are bold when colour is on), inline backticks go.
 */
export function renderMarkdown(markdown: string, colors: Palette): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
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
    if (heading) out.push(colors.bold(heading[1] ?? ""));
    else out.push(line.replace(/`([^`]+)`/g, (_, inner: string) => colors.cyan(inner)));
  }
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd();
  return `${text}\n`;
}
