/**
 * How the published `lontar` command is bundled (used by tsup.config.ts after its build).
 *
 * dist/bin.js is a small ES module (src/start/launch.ts) that loads the command's code
 * from CommonJS bundles through V8's code cache (src/start/code-cache.ts): Node 20 keeps
 * no compiled code between runs, and only a script (not an ES module) can be handed a
 * cache. esbuild splits ES modules only, so the bundles are split by hand, by package:
 * lontar.cjs (the command's own code: all `--version`, `--help` and `init` need),
 * language.cjs (the language and core, with luxon and zod: what `check --static` adds),
 * planner.cjs (for the commands that plan, and `check` without --static) and
 * language-server.cjs (`lontar lsp`). A bundle imports a module another bundle provides
 * through that bundle's `shared` export, so each module exists once in the process.
 * Each bundle's `shared` getters are CommonJS-style requires of its own modules, so that
 * nothing is evaluated before something asks for it; an entry of Lontar's made of
 * re-exports is handed out name by name (lazy-exports.ts), so that `check` never evaluates
 * the planner's exporters, say.
 */
import { createHash } from "node:crypto";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { build, type BuildOptions, type OnResolveResult, type Plugin, type PluginBuild } from "esbuild";
import { lazyExportsOf } from "./lazy-exports.js";

/** What the planner's stand-in for date-holidays requires on first use (see tsup.config.ts). */
export const DATE_HOLIDAYS_FILE = "date-holidays.cjs";

// zod's `z.locales` namespace holds the messages of every language zod knows (0.6 MB);
// Lontar writes its own messages and uses none of them. The bundle keeps English only.
export const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: args.importer, namespace: "zod-locales" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

// date-holidays (with moment-timezone's zone data and astronomia, 1.2 MB) estimates the
// holidays of a year that has no decree in core's data; most runs never ask. The planner
// imports it at the top, which would load all of it on every `check` and `plan`. In the
// bundle the planner gets a stand-in instead: the same constructor, whose first call
// requires dist/date-holidays.cjs (date-holidays bundled on its own).
export const lazyDateHolidays: Plugin = {
  name: "lazy-date-holidays",
  setup(b) {
    b.onResolve({ filter: /^date-holidays$/ }, (args) => ({ path: args.importer, namespace: "lazy-date-holidays" }));
    b.onResolve({ filter: /^\.\/date-holidays\.cjs$/, namespace: "lazy-date-holidays" }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: "lazy-date-holidays" }, () => ({
      contents: `let Loaded;\nexport default function Holidays(...args) {\n  Loaded ??= require("./${DATE_HOLIDAYS_FILE}");\n  return new Loaded(...args);\n}\n`,
      loader: "js",
    }));
  },
};

/** One CommonJS bundle of the command: the modules it provides to the others, and `main` for the first. */
interface CommandBundle {
  readonly name: string;
  readonly provides: readonly string[];
  readonly main?: string;
}

const BUNDLES: readonly CommandBundle[] = [
  { name: "lontar", main: "src/main.ts", provides: [] },
  { name: "language", provides: ["@lontar/core", "@lontar/dsl", "@lontar/dsl/node", "luxon", "zod"] },
  { name: "planner", provides: ["@lontar/planner", "@lontar/planner/node"] },
  { name: "language-server", provides: ["@lontar/language-server/node"] },
];

// Where a provided module is resolved from: the first of these packages that depends on it.
const RESOLVE_FROM = ["cli", "core", "planner", "language-server"].map((pkg) => path.resolve(`../${pkg}`));

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A provided module's file, found from the first package that depends on it, as an import finds it. */
async function resolveProvided(b: PluginBuild, spec: string): Promise<OnResolveResult | undefined> {
  for (const resolveDir of RESOLVE_FROM) {
    const found = await b.resolve(spec, { resolveDir, kind: "import-statement", namespace: "file" });
    if (found.errors.length === 0) return found;
  }
  return undefined;
}

/**
 * The value a bundle hands out for a provided module: the module itself, or, for an entry
 * of Lontar's sources made of re-exports (see lazy-exports.ts), an object whose names each
 * load their own module on first use, so that a command evaluates only the modules it uses.
 */
function providedValue(spec: string, file: string | undefined, modules: Map<string, number>): string {
  const whole = `require(${JSON.stringify(spec)})`;
  const exported = file !== undefined && file.endsWith(".ts") && !file.includes(`${path.sep}node_modules${path.sep}`) ? lazyExportsOf(file) : undefined;
  if (exported === undefined) return whole;
  const table = [...exported].map(([name, from]) => {
    let index = modules.get(from.file);
    if (index === undefined) {
      index = modules.size;
      modules.set(from.file, index);
    }
    return `${JSON.stringify(name)}: ${from.name === name ? index : `[${index}, ${JSON.stringify(from.name)}]`}`;
  });
  return `lazyNamespace({ ${table.join(", ")} })`;
}

/**
 * The entry's helper for {@link providedValue}: an object with a getter per name (each
 * `name: module` or `name: [module, name there]`), marked as an ES module's namespace, as
 * esbuild's own CommonJS form of one is.
 */
const LAZY_NAMESPACE = `function lazyNamespace(table) {
  const namespace = Object.defineProperty({}, "__esModule", { value: true });
  for (const [name, from] of Object.entries(table)) {
    const [index, inner] = typeof from === "number" ? [from, name] : from;
    Object.defineProperty(namespace, name, { get: () => loadModule(index)[inner], enumerable: true });
  }
  return namespace;
}`;

/** The bundle's entry: its `shared` modules (and `main`), written as a module of its own. */
function entryOf(bundle: CommandBundle): Plugin {
  return {
    name: "command-bundle-entry",
    setup(b) {
      b.onResolve({ filter: /^command-bundle-entry$/ }, () => ({ path: bundle.name, namespace: "command-bundle-entry" }));
      b.onLoad({ filter: /.*/, namespace: "command-bundle-entry" }, async () => {
        const modules = new Map<string, number>();
        const values: string[] = [];
        for (const spec of bundle.provides) values.push(providedValue(spec, (await resolveProvided(b, spec))?.path, modules));
        return {
          contents: [
            ...(bundle.main === undefined ? [] : [`export { main } from ${JSON.stringify(path.resolve(bundle.main))};`]),
            // Each module is evaluated when first asked for (`--version` evaluates none).
            // A switch of literal requires: esbuild bundles only what a require names literally.
            `const loaded = []; function loadModule(i) { return (loaded[i] ??= requireModule(i)); }`,
            `function requireModule(i) { switch (i) { ${[...modules].map(([from, i]) => `case ${i}: return require(${JSON.stringify(from)});`).join(" ")} } }`,
            LAZY_NAMESPACE,
            ...values.map((value, i) => `let __provided${i};`),
            `export const shared = { ${bundle.provides.map((spec, i) => `get ${JSON.stringify(spec)}() { return (__provided${i} ??= ${values[i] ?? "undefined"}); }`).join(", ")} };`,
          ].join("\n"),
          resolveDir: path.resolve("."),
          loader: "js",
        };
      });
      // The entry's packages are found from the package that depends on them, as an import
      // finds them (the getters' require would pick a package's CommonJS build: a second copy).
      b.onResolve({ filter: /^[@\w]/, namespace: "command-bundle-entry" }, (args) => resolveProvided(b, args.path));
    },
  };
}

/** Imports of a module another bundle provides become a require of that bundle's `shared` entry. */
function sharedFromOthers(bundle: CommandBundle): Plugin {
  const elsewhere = new Map(BUNDLES.filter((other) => other !== bundle).flatMap((other) => other.provides.map((spec) => [spec, other.name] as const)));
  return {
    name: "shared-from-other-bundles",
    setup(b) {
      if (elsewhere.size === 0) return;
      const filter = new RegExp(`^(?:${[...elsewhere.keys()].map(escape).join("|")})$`);
      b.onResolve({ filter }, (args) => (args.namespace === "shared-module" ? undefined : { path: args.path, namespace: "shared-module" }));
      b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: "shared-module" }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: "shared-module" }, (args) => ({
        contents: `module.exports = require("./${elsewhere.get(args.path) ?? ""}.cjs").shared[${JSON.stringify(args.path)}];`,
        loader: "js",
      }));
    },
  };
}

/**
 * Builds dist/bin.js and the command's CommonJS bundles into `outDir` (unminified for a
 * readable profile); run after {@link bundleDateHolidays}, so the launcher knows its hash too.
 */
export async function bundleCommand(outDir: string, options: { readonly minify?: boolean } = {}): Promise<void> {
  const common: BuildOptions = {
    bundle: true,
    platform: "node",
    target: "node20",
    minify: options.minify ?? true,
    legalComments: "eof",
    conditions: ["@lontar/source"],
    logLevel: "warning",
  };
  const hashes: Record<string, string> = {};
  for (const bundle of BUNDLES) {
    await build({
      ...common,
      entryPoints: ["command-bundle-entry"],
      outfile: path.join(outDir, `${bundle.name}.cjs`),
      format: "cjs",
      plugins: [entryOf(bundle), sharedFromOthers(bundle), zodEnglishOnly, lazyDateHolidays],
      // The sources find files beside themselves (the diagnostics pages, the planning worker).
      define: { "import.meta.url": "__lontarModuleUrl" },
      banner: { js: 'var __lontarModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
      logOverride: { "empty-import-meta": "silent" },
    });
    const file = `${bundle.name}.cjs`;
    hashes[file] = createHash("sha256").update(readFileSync(path.join(outDir, file), "utf8")).digest("hex").slice(0, 32);
  }
  // date-holidays' bundle, if built before, is loaded the same way (see bundleDateHolidays).
  const holidays = path.join(outDir, DATE_HOLIDAYS_FILE);
  if (existsSync(holidays)) hashes[DATE_HOLIDAYS_FILE] = createHash("sha256").update(readFileSync(holidays, "utf8")).digest("hex").slice(0, 32);
  // The launcher knows each bundle's hash, so it names their caches without hashing them.
  await build({
    ...common,
    entryPoints: ["src/start/launch.ts"],
    outfile: path.join(outDir, "bin.js"),
    format: "esm",
    banner: { js: "#!/usr/bin/env node" },
    define: { LONTAR_BUNDLE_HASHES: JSON.stringify(hashes) },
  });
  chmodSync(path.join(outDir, "bin.js"), 0o755);
}

/** Bundles date-holidays' CommonJS build (what the planner's stand-in requires) into `outDir`. */
export async function bundleDateHolidays(outDir: string): Promise<void> {
  const fromPlanner = createRequire(path.resolve("../planner/package.json"));
  await build({
    entryPoints: [fromPlanner.resolve("date-holidays")],
    outfile: path.join(outDir, DATE_HOLIDAYS_FILE),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  });
}
