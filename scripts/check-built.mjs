/**
 * `prepack` of each published package: refuses to pack a package whose build is missing.
 * Packed mid-build (tsup empties dist/ first), a tarball held only LICENSE, package.json and
 * README, and installed without a word until an import failed (an SDK walk). Run from the
 * package's folder; checks every file its `exports` (published form) names.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const exportsOf = manifest.publishConfig?.exports ?? manifest.exports ?? {};
const files = new Set([manifest.publishConfig?.main ?? manifest.main]);
for (const target of Object.values(exportsOf)) {
  if (typeof target === "string") files.add(target);
  else for (const file of Object.values(target ?? {})) if (typeof file === "string") files.add(file);
}
const missing = [...files].filter((file) => typeof file === "string" && file.startsWith("./dist/") && !existsSync(path.resolve(file)));
if (missing.length > 0) {
  console.error(`${manifest.name}: not built (${missing.join(", ")} missing): run \`pnpm build\` and let it finish before packing`);
  process.exit(1);
}

// `npm pack` keeps `workspace:*` in the tarball's package.json, which npm then cannot
// install (EUNSUPPORTEDPROTOCOL, a developer's walk); `pnpm pack` writes the versions.
const agent = process.env.npm_config_user_agent ?? "";
const fromWorkspace = ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((field) =>
  Object.entries(manifest[field] ?? {}).filter(([, version]) => typeof version === "string" && version.startsWith("workspace:")).map(([name]) => name),
);
if (fromWorkspace.length > 0 && !agent.startsWith("pnpm/")) {
  console.error(`${manifest.name}: its dependencies ${fromWorkspace.join(", ")} are the workspace's own (workspace:*), which only pnpm writes as versions when packing: run \`npx -y pnpm@10 pack\` here (or \`pnpm -r pack\` from the repository's root), not \`npm pack\``);
  process.exit(1);
}
