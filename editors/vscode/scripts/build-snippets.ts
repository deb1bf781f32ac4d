/** Writes snippets/lontar.code-snippets: one declaration snippet per kind, in English and in Bahasa Indonesia. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { snippetTable } from "./snippet-source.js";

const target = path.join(import.meta.dirname, "../snippets/lontar.code-snippets");
writeFileSync(target, `${JSON.stringify(snippetTable(), null, 2)}\n`);
console.log(`wrote ${target}`);
