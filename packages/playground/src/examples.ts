import type { PlaygroundWorkspace, SiteLang } from "./protocol.js";

/** The examples in the order the playground offers them (the demo workspace first). */
export const EXAMPLE_ORDER = ["watualang", "langsa", "solok-interaksi", "solok-rakor-2019", "ntt-plm-2019"] as const;

/**
 * The example each language's playground opens on: one written with that language's
 * keywords, so a reader of the Indonesian page starts on `impor`, `program`, `jadwal`.
 */
export const FIRST_EXAMPLE: Readonly<Record<SiteLang, (typeof EXAMPLE_ORDER)[number]>> = { en: "watualang", id: "solok-interaksi" };

/**
 * Each example's title in each language, as the site's sidebar names its page
 * (docs/.vitepress/pages.ts; a test keeps the two the same): the example picker shows these,
 * not the folder names.
 */
export const EXAMPLE_TITLES: Readonly<Record<(typeof EXAMPLE_ORDER)[number], Readonly<Record<SiteLang, string>>>> = {
  watualang: { en: "Watualang (Ngawi)", id: "Watualang (Ngawi)" },
  langsa: { en: "Langsa", id: "Langsa" },
  "solok-interaksi": { en: "Solok: interaction", id: "Solok: interaksi" },
  "solok-rakor-2019": { en: "Solok: Rakor 2019", id: "Solok: Rakor 2019" },
  "ntt-plm-2019": { en: "NTT: PLM 2019", id: "NTT: PLM 2019" },
};

/** An example's title in `lang` ({@link EXAMPLE_TITLES}); a folder not listed there shows its name. */
export function exampleTitle(name: string, lang: SiteLang): string {
  return (EXAMPLE_TITLES as Readonly<Record<string, Readonly<Record<SiteLang, string>>>>)[name]?.[lang] ?? name;
}

/**
 * The workspace "New workspace" opens: one empty file (`utama.lontar` on the Indonesian
 * page, `main.lontar` on the English one) holding a short comment on what to write, in the
 * page's language.
 */
export function newWorkspace(lang: SiteLang): PlaygroundWorkspace {
  const text =
    lang === "id"
      ? "// Ruang kerja baru. Tulis di sini perpustakaan Anda, ruang dan petugasnya, program\n// dan jadwalnya, serta kesepakatan dengan mitra. Ctrl+Space menawarkan kata yang bisa\n// ditulis di tempat kursor; contoh-contoh di menu Contoh menunjukkan ruang kerja lengkap.\n\n"
      : "// A new workspace. Write here your library, its rooms and staff, the programs and their\n// schedules, and the agreements with partners. Ctrl+Space offers the words that fit where\n// the cursor is; the examples in the Example menu show whole workspaces.\n\n";
  return { name: lang === "id" ? "ruang-kerja" : "workspace", files: [{ path: lang === "id" ? "utama.lontar" : "main.lontar", text }] };
}

/** The file an example opens on: its entry point (`main` or `utama`), else its first file. */
const ENTRY_FILES = ["main.lontar", "utama.lontar"];

/**
 * The example workspaces from the repository's `examples/<name>/<file>.lontar` texts keyed
 * by path (as a bundler's glob gives them): one workspace per folder, the entry file first,
 * then the others by name; folders in {@link EXAMPLE_ORDER}, then any new one by name.
 */
export function examplesFromFiles(texts: Readonly<Record<string, string>>): PlaygroundWorkspace[] {
  const folders = new Map<string, { path: string; text: string }[]>();
  for (const [key, text] of Object.entries(texts)) {
    const match = /examples\/([^/]+)\/([^/]+\.lontar)$/.exec(key);
    if (match === null) continue;
    const [, name = "", path = ""] = match;
    folders.set(name, [...(folders.get(name) ?? []), { path, text }]);
  }
  const rank = (name: string): number => {
    const at = (EXAMPLE_ORDER as readonly string[]).indexOf(name);
    return at === -1 ? EXAMPLE_ORDER.length : at;
  };
  const entryRank = (path: string): number => (ENTRY_FILES.includes(path) ? 0 : 1);
  return [...folders]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, files]) => ({
      name,
      files: [...files].sort((a, b) => entryRank(a.path) - entryRank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    }));
}

/** The example with the most characters: the benchmark's "largest example". */
export function largestExample(examples: readonly PlaygroundWorkspace[]): PlaygroundWorkspace | undefined {
  const size = (workspace: PlaygroundWorkspace): number => workspace.files.reduce((sum, file) => sum + file.text.length, 0);
  return [...examples].sort((a, b) => size(b) - size(a))[0];
}

/**
 * `examples` as the playground of the page in `lang` offers them: that language's
 * {@link FIRST_EXAMPLE} first (the one opened by default), the others in their order.
 * Example: for `id`, `solok-interaksi` then `watualang`, `langsa`, …
 */
export function examplesForLang(lang: SiteLang, examples: readonly PlaygroundWorkspace[]): PlaygroundWorkspace[] {
  const first = examples.filter((example) => example.name === FIRST_EXAMPLE[lang]);
  return [...first, ...examples.filter((example) => example.name !== FIRST_EXAMPLE[lang])];
}
