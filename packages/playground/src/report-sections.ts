/** The report's sections the playground shows beside its calendar, in the report's order. */
export const PLAYGROUND_SECTIONS = ["summary", "unplaced", "agreements", "budget", "kpi"] as const;

/** A section of the report the playground shows. */
export type PlaygroundSection = (typeof PLAYGROUND_SECTIONS)[number];

/**
 * The named sections of the report page (`exportHtml`'s index.html), each as its own HTML,
 * in the order of `wanted`; a section the page lacks is left out. The report writes every
 * section as `<section id="…">…</section>`, never nested, with every name escaped, so no
 * text of the workspace can end a section early.
 */
export function reportSections(page: string, wanted: readonly PlaygroundSection[] = PLAYGROUND_SECTIONS): string[] {
  const found = new Map<string, string>();
  for (const match of page.matchAll(/<section id="([a-z]+)">[\s\S]*?<\/section>/g)) found.set(match[1] ?? "", match[0]);
  return wanted.flatMap((id) => {
    const html = found.get(id);
    return html === undefined ? [] : [html];
  });
}
