// The playground page's entry: the site's Vue component imports this in the browser only.
import { examplesForLang } from "../src/examples.js";
import type { SiteLang } from "../src/protocol.js";
import { bundledExamples } from "./examples.js";
import { mountPlayground } from "./mount.js";

/** Mounts the playground with the bundled examples (the page language's own first); returns the function that takes it down. */
export function startPlayground(root: HTMLElement, lang: SiteLang): () => void {
  return mountPlayground(root, { lang, examples: examplesForLang(lang, bundledExamples()) });
}
