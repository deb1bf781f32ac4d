/** Writes syntaxes/lontar.tmLanguage.json from the language's keyword table (`pnpm grammar`). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { lontarGrammar } from "./grammar-source.js";

const target = path.join(import.meta.dirname, "../syntaxes/lontar.tmLanguage.json");
writeFileSync(target, `${JSON.stringify(lontarGrammar(), null, 2)}\n`);
console.log(`wrote ${target}`);
