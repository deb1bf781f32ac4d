/** The elements a hover or completion's documentation may keep (Markdown's own output); anything else becomes its text. */
const KEPT = new Set(["P", "BR", "HR", "EM", "STRONG", "B", "I", "CODE", "PRE", "SPAN", "UL", "OL", "LI", "BLOCKQUOTE", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "DEL", "A"]);

/** Elements dropped with their content (nothing of theirs is text to read). */
const DROPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "NOSCRIPT"]);

/**
 * The HTML of the server's Markdown (hover, completion documentation) made safe for the
 * page: doc comments come from the workspace, and a shared link is someone else's
 * workspace. Only plain formatting elements stay; every attribute goes, except a `class`
 * (the editor's highlighting) and an http(s) `href` on links, which open in a new tab;
 * images, media and scripts are removed, so no text can run code or make a request.
 */
export function sanitizeHtml(html: string): string {
  const template = document.createElement("template");
  template.innerHTML = html;
  clean(template.content);
  const out = document.createElement("div");
  out.append(template.content);
  return out.innerHTML;
}

function clean(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (!(node instanceof Element)) {
      node.remove();
      continue;
    }
    const tag = node.tagName.toUpperCase();
    if (DROPPED.has(tag)) {
      node.remove();
      continue;
    }
    if (!KEPT.has(tag)) {
      clean(node);
      node.replaceWith(...node.childNodes);
      continue;
    }
    const href = tag === "A" ? node.getAttribute("href") : null;
    const className = node.getAttribute("class");
    for (const attribute of [...node.attributes]) node.removeAttribute(attribute.name);
    if (className !== null && /^[\w\s-]*$/.test(className)) node.setAttribute("class", className);
    if (href !== null && /^https?:\/\//i.test(href)) {
      node.setAttribute("href", href);
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
    clean(node);
  }
}
