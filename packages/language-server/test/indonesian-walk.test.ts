/**
 * An editor walk in Bahasa Indonesia: a planner at a village library writes a new
 * `perpustakaan.lontar` keystroke by keystroke with the editor's locale `id`. What the editor
 * asked at each half-typed state, and found wrong, is kept here.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, CompletionRequest, DiagnosticSeverity, type CodeAction, type CompletionItem, type CompletionList } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startSession, type LspSession } from "./support/client.js";

const FILE = "perpustakaan.lontar";

const HEAD = `cakrawala 2025-01-01..2025-12-31

perpustakaan perpus_sukamaju {
  nama "Perpustakaan Desa Sukamaju"
  jenjang desa
  wilayah "Jawa Tengah" / "Kabupaten Klaten"
}
`;

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (list === null ? [] : Array.isArray(list) ? list : list.items);
const labels = (list: CompletionItem[] | CompletionList | null): string[] => items(list).map((i) => i.label);

describe("a new file written in Bahasa Indonesia, keystroke by keystroke (locale id)", () => {
  let root: string;
  let session: LspSession;
  let version = 1;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "lontar-walk-id-"));
    writeFileSync(path.join(root, FILE), "");
    session = await startSession(root, { locale: "id" });
    session.open(FILE, "");
  });
  afterAll(async () => {
    await session.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Completion at the end of `text`, once the document is `text`. */
  async function completeAtEnd(text: string): Promise<string[]> {
    session.change(FILE, ++version, text);
    const lines = text.split("\n");
    const position = { line: lines.length - 1, character: (lines[lines.length - 1] ?? "").length };
    return labels(await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position }));
  }

  it("offers no role or skill that is only the word being typed (`peran p` offered `p`)", async () => {
    for (const typed of ["p", "pus", "pustakawan"]) {
      expect(await completeAtEnd(`${HEAD}\nstaf bu_sri di perpus_sukamaju {\n  peran ${typed}`)).not.toContain(typed);
      expect(await completeAtEnd(`${HEAD}\nstaf bu_sri di perpus_sukamaju {\n  keahlian ${typed}`)).not.toContain(typed);
    }
    // Another person's role is offered while this one's is typed.
    const other = `${HEAD}\nstaf pak_budi di perpus_sukamaju {\n  peran pustakawan\n}\n`;
    expect(await completeAtEnd(`${other}\nstaf bu_sri di perpus_sukamaju {\n  peran pu`)).toContain("pustakawan");
  });

  it("offers no schedule keywords in the middle of a time or a date being typed (`pukul 09:` offered 21 words)", async () => {
    const program = `${HEAD}\nprogram dongeng_anak di perpus_sukamaju {\n  kategori mendongeng\n  jadwal `;
    for (const typed of ["setiap minggu pada sabtu pukul 09:", "setiap minggu pada sabtu pukul 09:0", "sekali 2025-0", "sekali 2025-03-"]) {
      expect(await completeAtEnd(`${program}${typed}`)).toEqual([]);
    }
    // A complete time goes on as before: its length, its bounds.
    expect(await completeAtEnd(`${program}setiap minggu pada sabtu pukul 09:00 `)).toContain("selama");
  });

  it("publishes one error at a time, date or amount being typed, saying in Bahasa Indonesia what is missing (`pukul 09:` gave two, `buka senin..jumat 08:` three)", async () => {
    // The editor closed the declaration's `{` as it was typed; the value is typed before the `}`.
    const program = `${HEAD}\nanggaran apbd di perpus_sukamaju {\n  jumlah Rp 10.000.000\n  periode 2025\n}\nprogram dongeng_anak di perpus_sukamaju {\n  kategori mendongeng\n  `;
    const library = HEAD.slice(0, HEAD.lastIndexOf("}"));
    const states: readonly (readonly [string, string, string, string])[] = [
      [`${program}jadwal setiap minggu pada sabtu pukul `, "09:", "\n}\n", "jam yang belum lengkap: tulis menitnya"],
      [`${program}jadwal setiap minggu pada sabtu pukul `, "09:0", "\n}\n", "jam yang belum lengkap: tulis menitnya"],
      [`${library}  buka senin..jumat `, "08:", "\n}\n", "jam yang belum lengkap: tulis menitnya"],
      [`${program}jadwal sekali `, "2025-0", "\n}\n", "tanggal yang belum lengkap"],
      [`${program}jadwal sekali 2025-03-01 pukul 09:00 selama 1 jam\n  biaya `, "Rp 50.0", "\n}\n", "jumlah uang yang belum lengkap"],
    ];
    for (const [before, typed, after, says] of states) {
      session.change(FILE, ++version, `${before}${typed}${after}`);
      const errors = (await session.diagnostics(FILE, version)).diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
      expect(errors.map((d) => d.message), typed).toEqual([expect.stringContaining(says)]);
      const lines = before.split("\n");
      const line = lines.length - 1;
      const character = (lines[line] ?? "").length;
      expect(errors[0]?.range, typed).toEqual({ start: { line, character }, end: { line, character: character + typed.length } });
    }
  });

  it("offers a declaration's properties after its `{` on its head's line, not names (`mitra sd_sukamaju {` offered the libraries and partners)", async () => {
    const partner = await completeAtEnd(`${HEAD}\nmitra sd_sukamaju { `);
    expect(partner).toContain("jenis");
    expect(partner).not.toContain("perpus_sukamaju");
    expect(await completeAtEnd(`${HEAD}\nmitra sd_sukamaju {`)).not.toContain("perpus_sukamaju");
    expect(await completeAtEnd(`${HEAD}\nruang aula di perpus_sukamaju { `)).toContain("kapasitas");
    // A one-line declaration goes on with its property's values.
    expect(await completeAtEnd(`${HEAD}\nmitra sd_sukamaju { jenis `)).toContain("sekolah");
  });

  it("offers to close a declaration whose `}` is missing (LON1105's own fix), and the file then checks", async () => {
    const closed = `${HEAD}\nmitra sd_sukamaju {\n  nama "SD Negeri 1 Sukamaju"\n  jenis sekolah\n}\n\nruang aula di perpus_sukamaju {\n  kapasitas 30\n}\n`;
    const open = closed.replace("jenis sekolah\n}\n", "jenis sekolah\n");
    session.change(FILE, ++version, open);
    const published = await session.diagnostics(FILE, version);
    const unclosed = published.diagnostics.filter((d) => d.code === "LON1105");
    expect(unclosed).toHaveLength(1);
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: session.uri(FILE) }, range: unclosed[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: unclosed } })) ?? [];
    const close = actions.find((a): a is CodeAction => "kind" in a && a.kind === "quickfix");
    expect(close?.title).toBe("tambahkan `}` untuk menutup `mitra sd_sukamaju`");
    const edits = close?.edit?.changes?.[session.uri(FILE)] ?? [];
    const fixed = TextDocument.applyEdits(TextDocument.create(session.uri(FILE), "lontar", version, open), edits);
    expect(fixed).toBe(closed);
    session.change(FILE, ++version, fixed);
    expect((await session.diagnostics(FILE, version)).diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error)).toEqual([]);
  });

  it("says what a declaration's and a property's keyword is in Bahasa Indonesia, not by the model's English key (`library`, `tier`)", async () => {
    session.change(FILE, ++version, "");
    const top = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position: { line: 0, character: 0 } });
    const library = items(top).find((i) => i.label === "perpustakaan");
    expect(library?.detail).toBe("deklarasi (perpustakaan)");
    const body = `${HEAD}\nruang aula di perpus_sukamaju {\n  `;
    session.change(FILE, ++version, body);
    const lines = body.split("\n");
    const inRoom = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: session.uri(FILE) }, position: { line: lines.length - 1, character: 2 } });
    const capacity = items(inRoom).find((i) => i.label === "kapasitas");
    expect(capacity?.detail).toBe("properti (ruang)");
    const doc = capacity?.documentation;
    expect(typeof doc === "object" ? doc.value : doc).toContain("properti (ruang)");
    expect(JSON.stringify(items(inRoom).map((i) => [i.detail, i.documentation]))).not.toMatch(/\b(capacity|room)\b/);
  });
});
