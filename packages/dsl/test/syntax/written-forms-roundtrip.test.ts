/**
 * The written forms a planner's mistake takes, made in every example file and mended by
 * `check --fix` (the certain fixes): the file comes back as it was. A text written without
 * quotes, a name for people written in the head, how often in one word, an ordinal with
 * digits, a count of sessions without its word or with a party and a verb, a length's unit
 * shortened, an indicator's target before its weight, hours without minutes, a bounded count,
 * a session's length on its own line, a comparison in words, a region one part per line, a
 * window's days after `every`: each mistake is made wherever the
 * examples allow it, and the fix must restore every byte, with nothing else to report that
 * the original did not.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkspace, applyEdits, certainFixes } from "@lontar/dsl";
import { exampleWorkspaces } from "../arbitraries/mutants.js";

/** Every certain fix of a workspace's files applied, the workspace analysed again after each round, at most three rounds. */
function fixAll(files: readonly { path: string; text: string }[]): { path: string; text: string }[] {
  let current = files.map((f) => ({ ...f }));
  for (let round = 0; round < 3; round++) {
    const fixes = certainFixes(analyzeWorkspace({ root: "/ws", files: current, readFile: () => undefined }).diagnostics);
    if (fixes.size === 0) break;
    current = current.map((f) => ({ path: f.path, text: applyEdits(f.text, fixes.get(f.path) ?? fixes.get(`/ws/${f.path}`) ?? []) }));
  }
  return current;
}

/** A property keyword's text without its quotes, where that reads back (letters, digits, spaces and a few marks). */
const unquote = (text: string): string => text.replace(/^(\s*)(title|judul|name|nama|description|keterangan) "([A-Za-z0-9][A-Za-z0-9 ,.()]*[A-Za-z0-9)])"$/gm, (_, indent: string, key: string, value: string) => `${indent}${key} ${value}`);
/** A declaration's `name`/`nama` moved into its head, where it is the body's first line. */
const nameInHead = (text: string): string => text.replace(/^(library|perpustakaan|partner|mitra) ([a-z_0-9]+) \{\n {2}(?:name|nama) ("[^"\n]*")\n/gm, (_, kw: string, id: string, name: string) => `${kw} ${id} ${name} {\n`);
/** How often in one word, and an ordinal with digits. */
const speech = (text: string): string =>
  text
    .replace(/\bschedule every week on\b/g, "schedule weekly on")
    .replace(/\bjadwal setiap bulan pada\b/g, "jadwal bulanan pada")
    .replace(/\bon the (first|second|third|fourth) /g, (_, o: string) => `on the ${{ first: "1st", second: "2nd", third: "3rd", fourth: "4th" }[o] ?? o} `)
    .replace(/ (senin|selasa|rabu|kamis|jumat|sabtu|minggu) (pertama|kedua|ketiga|keempat)\b/g, (_, d: string, o: string) => ` ${d} ke-${{ pertama: 1, kedua: 2, ketiga: 3, keempat: 4 }[o] ?? o}`);

/** An obligation's count of a program without its `sessions of` / `sesi`. */
const countWithoutSessions = (text: string): string => text.replace(/\b(at least|at most) (\d+) sessions of (?=[a-z_0-9]+ per )/g, "$1 $2 ").replace(/\b(minimal|maksimal) (\d+) sesi (?=[a-z_0-9]+ per )/g, "$1 $2 ");

/** A length's unit shortened: `selama 2j`, `selama 90 mnt`. */
const shortUnits = (text: string): string => text.replace(/\bselama (\d+) jam\b/g, "selama $1j").replace(/\bselama (\d+) menit\b/g, "selama $1 mnt");

/** A count of sessions given a party and a verb: `perpustakaan menyelenggarakan minimal 2 sesi …`, `library hosts at least 2 sessions of …`. */
const countWithParty = (text: string): string =>
  text.replace(/^( +)(minimal|maksimal) (\d+) sesi /gm, "$1perpustakaan menyelenggarakan $2 $3 sesi ").replace(/^( +)(at least|at most) (\d+) sessions of /gm, "$1library hosts $2 $3 sessions of ");

/** An indicator's target before its weight. */
const targetFirst = (text: string): string => text.replace(/\b(bobot|weight) (\d+) (target \d+ per [a-z]+(?: (?:ambang|threshold))?)$/gm, "$3 $1 $2");

/** Hours of a window written with no minutes, right after their days: `senin..kamis 8-16`. */
const DAY = "senin|selasa|rabu|kamis|jumat|sabtu|minggu|mon|tue|wed|thu|fri|sat|sun";
const bareHours = (text: string): string =>
  text.replace(new RegExp(`\\b(${DAY}) (0[7-9]|1\\d|2[0-3]):00-(\\d{2}):00\\b`, "g"), (_, day: string, from: string, to: string) => `${day} ${Number(from)}-${Number(to)}`);

/** A count with a word bounding it: `peserta maksimal 25`. */
const boundedCount = (text: string): string => text.replace(/^( +)(peserta|participants) (\d+)$/gm, (_, indent: string, key: string, n: string) => `${indent}${key} ${key === "peserta" ? "maksimal" : "up to"} ${n}`);

/** A session's length on a line of its own, where it ends the program's one schedule line: `durasi 2 jam`. */
const lengthLine = (text: string): string =>
  text.replace(/^( +)((?:jadwal|schedule) [^\n]*) (selama|for) (\d+ (?:jam|menit|hours?|minutes?)|\d+h|\d+m)$/gm, (_, indent: string, schedule: string, word: string, length: string) => `${indent}${schedule}\n${indent}${word === "selama" ? "durasi" : "duration"} ${length}`);

/** A comparison in words: `hari adalah jumat`, `day is fri`. */
const comparisonWords = (text: string): string => text.replace(/\bhari == /g, "hari adalah ").replace(/\bweekday == /g, "weekday is ");

/** A region one part per line, as forms ask for it: `province "Aceh"`, `city "Langsa"` (a regency's or city's name without its word). */
const PART_WORDS = { en: ["province", "", "district", "village"], id: ["provinsi", "", "kecamatan", "desa"] } as const;
const regionLines = (text: string): string =>
  text.replace(/^( +)(region|wilayah) ("[^"\n]*"(?: \/ "[^"\n]*")*)$/gm, (line: string, indent: string, key: string, parts: string) => {
    const names = parts.split(" / ").map((p) => p.slice(1, -1));
    const lang = key === "region" ? "en" : "id";
    const level = /^(Kota|Kabupaten) (.+)$/.exec(names[1] ?? "");
    if (names.length < 2 || level === null) return line;
    const cityWord = level[1] === "Kota" ? (lang === "en" ? "city" : "kota") : lang === "en" ? "regency" : "kabupaten";
    return names.map((name, i) => `${indent}${i === 1 ? cityWord : PART_WORDS[lang][i]} "${i === 1 ? level[2] : name}"`).join("\n");
  });

/** A window's days after a word for "every": `available every mon..thu 08:00-16:00, every fri 08:00-11:30`. */
const everyDays = (text: string): string =>
  text.replace(/^( +(?:open|available|buka|tersedia) )(.*)$/gm, (_, head: string, windows: string) => head + windows.replace(new RegExp(`(^|, )(${DAY})\\b`, "g"), (_m: string, before: string, day: string) => `${before}${/^[a-z]{3}$/.test(day) ? "every" : "setiap"} ${day}`));

describe("a mistake made throughout the examples, then fixed, gives the example back", () => {
  for (const [name, mistake] of [
    ["text without quotes", unquote],
    ["a name for people in the head", nameInHead],
    ["speech's frequencies and ordinals", speech],
    ["a count of sessions without its word", countWithoutSessions],
    ["a length's unit shortened", shortUnits],
    ["a count of sessions given a party and a verb", countWithParty],
    ["an indicator's target before its weight", targetFirst],
    ["a window's hours without minutes", bareHours],
    ["a count with a word bounding it", boundedCount],
    ["a session's length on a line of its own", lengthLine],
    ["a comparison in words", comparisonWords],
    ["a region one part per line", regionLines],
    ["a window's days after `every`", everyDays],
  ] as const) {
    it(name, () => {
      let made = 0;
      for (const ws of exampleWorkspaces()) {
        const broken = ws.files.map((f) => ({ path: f.path, text: mistake(f.text) }));
        made += broken.filter((f, i) => f.text !== ws.files[i]?.text).length;
        const fixed = fixAll(broken);
        for (const [i, f] of fixed.entries()) expect(f.text, `${ws.name}/${f.path}`).toBe(ws.files[i]?.text);
      }
      expect(made).toBeGreaterThan(0);
    });
  }
});
