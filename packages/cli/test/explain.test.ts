import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../src/commands/render-markdown.js";
import { runExplain } from "../src/commands/explain.js";
import { palette } from "../src/color.js";
import { findDiagnosticsDocs } from "../src/files/find-docs.js";
import type { CliIo } from "../src/io.js";
import { tempDir } from "./support/run.js";

const PAGE = "# LON9001: a test page\n\nSee `aula`.\n\n```lontar\nroom aula { capacity 60 }\n```\n";

function capture(env: Readonly<Record<string, string>> = {}): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      stdout: (t) => (out += t, undefined),
      stderr: (t) => (err += t, undefined),
      cwd: "/",
      env,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
    out: () => out,
    err: () => err,
  };
}

function docsWithPage(): string {
  const root = tempDir();
  const docs = path.join(root, "docs", "diagnostics");
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(docs, "LON9001.md"), PAGE);
  return root;
}

describe("lontar explain", () => {
  it("prints the page without markdown fences", () => {
    const root = docsWithPage();
    const { io, out } = capture();
    expect(runExplain(["lon9001"], io, path.join(root, "docs", "diagnostics"))).toBe(0);
    expect(out()).toBe("LON9001: a test page\n\nSee aula.\n\n    room aula { capacity 60 }\n");
  });

  it("prints a code's page in the chosen language without the other language's summary", () => {
    const docs = findDiagnosticsDocs();
    for (const [lang, title, other] of [["en", "LON1106: time or date written another way", "Ringkasan"], ["id", "LON1106: Jam atau tanggal ditulis dengan cara lain", "Summary (English)"]] as const) {
      const { io, out } = capture();
      expect(runExplain(["LON1106", "--lang", lang], io, docs)).toBe(0);
      expect(out().split("\n")[0]).toBe(title);
      expect(out()).not.toContain(other);
      expect(out()).toContain("2026-08-17");
    }
  });

  it("reads a code's number alone as the code (`1106` is LON1106), and an unknown number as unknown", () => {
    const docs = findDiagnosticsDocs();
    const { io, out } = capture();
    expect(runExplain(["1106", "--lang", "id"], io, docs)).toBe(0);
    expect(out().split("\n")[0]).toBe("LON1106: Jam atau tanggal ditulis dengan cara lain");
    for (const typed of ["9998", "110", "11066"]) {
      const unknown = capture();
      expect(runExplain([typed], unknown.io, docs)).toBe(2);
      expect(unknown.err()).toContain(`unknown code or keyword '${typed}'`);
    }
  });

  it("rejects unknown and malformed codes with exit 2", () => {
    const docs = path.join(docsWithPage(), "docs", "diagnostics");
    for (const code of ["LON9002", "../LON9001", "LON9001.md", "x"]) {
      const { io, err } = capture();
      expect(runExplain([code], io, docs)).toBe(2);
      expect(err()).toContain("unknown code");
    }
  });

  it("names the keyword or code a mistyped argument meant, in the chosen language", () => {
    const docs = findDiagnosticsDocs();
    const cases: [string[], string][] = [
      [["horizn"], "unknown code or keyword 'horizn'; did you mean `horizon`?"],
      [["Horizon"], "did you mean `horizon`?"],
      [["jadwl", "--lang", "id"], "kata kunci tidak dikenal 'jadwl'; maksud Anda `jadwal`?"],
      [["lon3o11"], "did you mean `LON3011`?"],
      [["LON-3011"], "did you mean `LON3011`?"],
      // A value's typo, as check offers it (a Sleman planner's walk, stop 55).
      [["literasi_digitl", "--lang", "id"], "maksud Anda `literasi_digital`?"],
      [["perpustakan_keliling"], "did you mean `perpustakaan_keliling`?"],
    ];
    for (const [args, expected] of cases) {
      const { io, err } = capture();
      expect(runExplain(args, io, docs)).toBe(2);
      expect(err()).toContain(expected);
    }
    // Several codes are one edit from LON301 (LON3010 … LON3019): none is named.
    for (const typed of ["LON301", "qqqqqq"]) {
      const { io, err } = capture();
      expect(runExplain([typed], io, docs)).toBe(2);
      expect(err()).not.toContain("did you mean");
    }
  });

  it("knows every word it would suggest", async () => {
    const { explainKeyword, explainableWords } = await import("@lontar/dsl");
    const words = explainableWords();
    expect(words.length).toBeGreaterThan(100);
    for (const word of words) expect(explainKeyword(word), word).toBeDefined();
  });

  it("finds docs/diagnostics by walking up from a nested folder", () => {
    const root = docsWithPage();
    const nested = path.join(root, "packages", "cli", "dist");
    mkdirSync(nested, { recursive: true });
    expect(findDiagnosticsDocs(nested)).toBe(path.join(root, "docs", "diagnostics"));
  });

  it("finds the repository's own pages from the source folder", () => {
    const docs = findDiagnosticsDocs();
    expect(docs).toBe(path.resolve(import.meta.dirname, "../../../docs/diagnostics"));
  });

  it("reads code spans as CommonMark does: over the lines of a paragraph, and opened by two backticks around single ones", () => {
    const plain = palette(false);
    expect(renderMarkdown("e.g. `budget dana` or `the cap of budget\ndana, Rp 100,000`, and more\n", plain)).toBe("e.g. budget dana or the cap of budget\ndana, Rp 100,000, and more\n");
    expect(renderMarkdown("so: `` `kelas_komputer`\ncannot take place ``, with `a`\n", plain)).toBe("so: `kelas_komputer`\ncannot take place, with a\n");
    // A backtick no run closes is text; a span does not run over a blank line or into the next list item.
    expect(renderMarkdown("a ` b\n\nc ` d\n", plain)).toBe("a ` b\n\nc ` d\n");
    expect(renderMarkdown("- `a\n- b`\n", plain)).toBe("- `a\n- b`\n");
    expect(renderMarkdown("# `kpi` / `iku`\n", plain)).toBe("kpi / iku\n");
    // In colour, each line of a span is coloured on its own line.
    const cyan = palette(true).cyan;
    expect(renderMarkdown("`one\ntwo`\n", palette(true))).toBe(`${cyan("one")}\n${cyan("two")}\n`);
  });

  it("shows a link as its text, a web address after it, and leaves a code span's brackets as written", () => {
    const plain = palette(false);
    expect(renderMarkdown("are\n[LON5105](LON5105.md), an error\n", plain)).toBe("are\nLON5105, an error\n");
    expect(renderMarkdown("see [the decree](https://example.org/skb.pdf).\n", plain)).toBe("see the decree (https://example.org/skb.pdf).\n");
    expect(renderMarkdown("write `[a](b)` as it is\n", plain)).toBe("write [a](b) as it is\n");
    // No page of any code shows a link's brackets in the terminal.
    const docs = findDiagnosticsDocs();
    if (docs === undefined) throw new Error("the diagnostics pages are not found");
    for (const name of readdirSync(docs).filter((f) => /^LON\d{4}\.md$/.test(f))) {
      expect(renderMarkdown(readFileSync(path.join(docs, name), "utf8"), plain), name).not.toMatch(/\]\([^)\s]+\.md\)/);
    }
  });

  it("prints LON5103's page without a backtick of its markup left", () => {
    const docs = findDiagnosticsDocs();
    for (const lang of ["en", "id"]) {
      const { io, out } = capture();
      expect(runExplain(["LON5103", "--lang", lang], io, docs)).toBe(0);
      const prose = out().split("\n").filter((line) => !line.startsWith("    ")).join("\n");
      // The one backtick pair left is the quoted message's own: `kelas_komputer`.
      expect(prose.replaceAll("`kelas_komputer`", "")).not.toContain("`");
    }
    const { io, out } = capture();
    runExplain(["LON5103"], io, docs);
    expect(out()).toContain("e.g. budget dana (Rp 500,000) would reach Rp 600,000 or the cap of budget\ndana, Rp 100,000 per month, would be passed: Rp 150,000, and suggests");
    expect(out()).toContain("take place: `kelas_komputer`\ncannot take place on 2026-01-06 at 10:00");
  });

  it("bolds headings only when colour is on", () => {
    expect(renderMarkdown("## How to fix it\n", palette(true))).toContain("\u001b[1m");
    expect(renderMarkdown("## How to fix it\n", palette(false))).toBe("How to fix it\n");
  });

  it("keeps a code block's file name (```lontar [utama.lontar]) as a line above the block", () => {
    const page = "Two files:\n\n```lontar [utama.lontar]\nimport \"./mitra.lontar\"\n```\n\n```lontar [mitra.lontar]\npartner disdik {}\n```\n\n```lontar\nroom aula {}\n```\n";
    expect(renderMarkdown(page, palette(false))).toBe("Two files:\n\n  utama.lontar:\n    import \"./mitra.lontar\"\n\n  mitra.lontar:\n    partner disdik {}\n\n    room aula {}\n");
  });
});

describe("lontar explain <keyword>", () => {
  it("prints a property's documentation and allowed values from the language table, in the keyword's language", () => {
    const en = capture();
    expect(runExplain(["tier"], en.io, undefined)).toBe(0);
    expect(en.out()).toContain("tier in library\n");
    expect(en.out()).toContain("city: City public library (also kota, city_public_library");
    const id = capture();
    expect(runExplain(["jenjang"], id.io, undefined)).toBe(0);
    expect(id.out()).toContain("jenjang pada perpustakaan\n");
    expect(id.out()).toContain("kota: Perpustakaan umum kota");
  });

  it.each([
    ["menjadi_tuan_rumah", "menjadi_tuan_rumah / tuan_rumah / menyelenggarakan / mengadakan / hosts", "menjadi tuan rumah sebuah program"],
    ["tuan_rumah", "menjadi_tuan_rumah / tuan_rumah / menyelenggarakan / mengadakan / hosts", "menjadi tuan rumah sebuah program"],
    ["minimal", "minimal", "minimal N sesi sebuah program"],
    ["maksimal", "maksimal", "maksimal N sesi sebuah program"],
    ["membayar", "membayar / bayar / pays", "membayar sejumlah uang"],
    ["menyediakan", "menyediakan / provides", "menyediakan sumber daya"],
    ["sesi", "sesi / session / sessions", "Sesi sebuah program"],
    ["least", "least", "at least N sessions of a program"],
  ])("prints the words of an agreement's obligations: %s", (word, title, says) => {
    const run = capture();
    expect(runExplain([word], run.io, undefined)).toBe(0);
    expect(run.out().split("\n")[0]).toBe(title);
    expect(run.out()).toContain(says);
  });

  it.each([
    [["cuti bersama"], "cuti bersama / collective leave", "Cuti bersama: hari-hari yang ditetapkan"],
    [["cuti"], "cuti bersama / collective leave", "Cuti bersama: hari-hari yang ditetapkan"],
    [["cuti", "--lang", "id"], "cuti bersama / collective leave", "buka pada cuti bersama"],
    [["bersama"], "cuti bersama / collective leave", "Cuti bersama: hari-hari yang ditetapkan"],
    [["collective leave"], "collective leave / cuti bersama", "Cuti bersama: the collective leave days"],
    [["cuti", "bersama"], "cuti bersama / collective leave", "Cuti bersama: hari-hari yang ditetapkan"],
    [["libur nasional"], "libur nasional / public holidays", "tutup pada libur nasional"],
    [["public holidays", "--lang", "id"], "public holidays / libur nasional", "closed on public holidays"],
  ])("explains the words of `tutup pada libur nasional dan cuti bersama` and `buka pada cuti bersama`: %j", (args, title, says) => {
    const run = capture();
    expect(runExplain(args, run.io, undefined)).toBe(0);
    expect(run.err()).toBe("");
    expect(run.out().split("\n")[0]).toBe(title);
    expect(run.out()).toContain(says);
  });

  it("prints a keyword both languages spell alike (`kpi`, `program`) in the reader's language: --lang, else the locale", () => {
    const explain = (args: string[], env: Record<string, string>): string => {
      const { io, out } = capture();
      expect(runExplain(args, { ...io, env }, undefined)).toBe(0);
      return out();
    };
    const kpi = explain(["kpi"], { LANG: "id_ID.UTF-8" });
    expect(kpi).toContain("KPI: indikator berbobot yang dinilai dari 0 sampai 100.");
    expect(kpi).toContain("Properti:");
    expect(kpi).not.toContain("Properties:");
    expect(explain(["program", "--lang", "id"], {})).toContain("Program: kegiatan literasi perpustakaan");
    expect(explain(["program"], { LC_ALL: "id_ID.UTF-8" })).toContain("- judul: Judul; bila tidak ada, pengenalnya.");
    const english = explain(["kpi", "--lang", "en"], { LANG: "id_ID.UTF-8" });
    expect(english).toContain("A KPI: weighted indicators scored from 0 to 100.");
    expect(english).toContain("Properties:");
    expect(explain(["program"], {})).toContain("A program: a literacy activity of a library");
    // A keyword of one language keeps its own: `perpustakaan` is Indonesian whoever reads it.
    expect(explain(["perpustakaan", "--lang", "en"], {})).toContain("Properti:");
  });

  it("documents a planner's word for a keyword (`mou`, `jam_buka`) under the keyword it is written as, in the reader's language", () => {
    const en = capture();
    expect(runExplain(["mou"], en.io, undefined)).toBe(0);
    expect(en.out().split("\n")[0]).toBe("mou is not a Lontar keyword: write agreement.");
    expect(en.out()).toContain("A partnership agreement (MoU or PKS)");
    const id = capture({ LANG: "id_ID.UTF-8" });
    expect(runExplain(["MoU"], id.io, undefined)).toBe(0);
    expect(id.out().split("\n")[0]).toBe("MoU bukan kata kunci Lontar: tulis kesepakatan.");
    const hours = capture();
    expect(runExplain(["jam_buka", "--lang", "id"], hours.io, undefined)).toBe(0);
    expect(hours.out().split("\n")[0]).toBe("jam_buka bukan kata kunci Lontar: tulis buka.");
  });

  // A walk of stop 56: `lontar explain iplm` and `explain TPBIS` were "unknown code or keyword".
  it("tells the concepts a planner looks up that no keyword names (TPBIS, IPLM): where the language writes them, or that it does not", () => {
    const tpbis = capture({ LANG: "id_ID.UTF-8" });
    expect(runExplain(["TPBIS"], tpbis.io, undefined)).toBe(0);
    expect(tpbis.out()).toContain("Transformasi Perpustakaan Berbasis Inklusi Sosial. Tahap sebuah perpustakaan ditulis dengan tahap");
    expect(tpbis.out()).toContain("memerlukan tahap <tahap>");
    const iplm = capture();
    expect(runExplain(["iplm"], iplm.io, undefined)).toBe(0);
    expect(iplm.out()).toContain(".lontar files do not write it: the SDK computes it (computeIplm and iplmBand of @lontar/core)");
    const typo = capture();
    expect(runExplain(["tpbs"], typo.io, undefined)).toBe(2);
    expect(typo.err()).toContain("did you mean `tpbis`?");
  });

  // A walk of stop 56: a line copied from a file was "unknown code or keyword".
  it("explains a line copied from a file by its first keyword when the line is no phrase it knows", () => {
    const line = capture();
    expect(runExplain(["tutup pada libur nasional", "--lang", "id"], line.io, undefined)).toBe(0);
    expect(line.out().split("\n")[0]).toBe("tutup pada perpustakaan");
    // Words that start no line are still an argument too many (`bersama cuti` is no phrase either).
    expect(() => runExplain(["xyz", "abc"], capture().io, undefined)).toThrow(/unexpected argument 'abc'/);
  });

  it("prints a declaration's properties", () => {
    const { io, out } = capture();
    expect(runExplain(["library"], io, undefined)).toBe(0);
    expect(out()).toContain("level: The school level of a school library");
  });

  it("prints a code's Indonesian page under --lang id or LANG=id_*, and lists a keyword's values as written in its language", () => {
    const docs = findDiagnosticsDocs();
    if (docs === undefined) throw new Error("no docs/diagnostics in the checkout");
    const chosen = capture();
    expect(runExplain(["LON2001", "--lang", "id"], chosen.io, docs)).toBe(0);
    expect(chosen.out()).toMatch(/^LON2001: nama ganda/);
    const env = capture();
    expect(runExplain(["LON2001"], { ...env.io, env: { LANG: "id_ID.UTF-8" } }, docs)).toBe(0);
    expect(env.out()).toBe(chosen.out());
    const keyword = capture();
    expect(runExplain(["jenis"], keyword.io, docs)).toBe(0);
    expect(keyword.out()).toContain("- opd: Organisasi perangkat daerah (OPD)");
    const unknown = capture();
    expect(runExplain(["LON9999", "--lang", "id"], unknown.io, docs)).toBe(2);
    expect(unknown.err()).toBe("lontar: kode atau kata kunci tidak dikenal 'LON9999'\n");
  });
});
