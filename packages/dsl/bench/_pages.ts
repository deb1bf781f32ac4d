import { readdirSync, readFileSync } from "node:fs";
import { analyzeWorkspace } from "@lontar/dsl";
const dir = "../../docs/diagnostics";
let ok = 0, none = 0; const bad: string[] = [];
for (const name of readdirSync(dir).filter((n) => /^LON\d{4}\.md$/.test(n)).sort()) {
  const code = name.slice(0, 7);
  const page = readFileSync(`${dir}/${name}`, "utf8");
  const blocks = [...page.matchAll(/```lontar[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  if (blocks.length === 0) { none++; bad.push(`${code}: no lontar example`); continue; }
  const r = analyzeWorkspace({ root: "/x", files: blocks.map((text, i) => ({ path: `/x/example${i}.lontar`, text })) });
  const codes = r.diagnostics.map((d) => d.code);
  if (codes.includes(code)) ok++; else bad.push(`${code}: example gives ${codes.join(",") || "nothing"}`);
}
console.log("ok", ok, "no example", none); console.log(bad.join("\n"));
