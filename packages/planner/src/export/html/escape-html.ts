import { wellFormed } from "../text.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and quoted attribute values: `& < > " '` become
 * entities, so no name in a workspace can open a tag or leave an attribute.
 *
 * @example escapeHtml('<b onclick="x">') // "&lt;b onclick=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
