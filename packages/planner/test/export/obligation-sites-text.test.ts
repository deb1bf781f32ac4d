/**
 * An obligation counted at some sites only (`minimal 3 sesi buku_bergilir di tanah_garam,
 * ix_korong per bulan`) is named with its sites in the report's and the spreadsheet's
 * agreement rows: two kecamatan's agreements on one route read alike without them.
 */
import { describe, expect, it } from "vitest";
import { obligationText } from "../../src/export/obligation-text.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const workspace = workspaceOf({
  libraries: [library("kota")],
  partners: [
    { id: "tanah_garam", name: "Kelurahan Tanah Garam", kind: "government_agency" },
    { id: "ix_korong", name: "Kelurahan IX Korong", kind: "government_agency" },
  ],
  resources: [{ kind: "collection", id: "paket", name: "Paket Buku Bergilir", packages: 3, copiesPerPackage: 40 }],
  programs: [{ id: "buku_bergilir", title: "Layanan Buku Bergilir", library: "kota", category: "book_rotation", sites: ["tanah_garam", "ix_korong"], siteMode: "rotating" }],
});

describe("an obligation's words in the outputs", () => {
  const index = indexWorkspace(workspace);
  it("names the sites it counts at, by their names, in either language", () => {
    const obligation = { kind: "sessions" as const, program: "buku_bergilir", min: 3, per: "month" as const, sites: ["tanah_garam", "ix_korong"] };
    expect(obligationText(obligation, "sessions", index, "id")).toBe("sesi Layanan Buku Bergilir di Kelurahan Tanah Garam, Kelurahan IX Korong");
    expect(obligationText(obligation, "sessions", index, "en")).toBe("sessions of Layanan Buku Bergilir at Kelurahan Tanah Garam, Kelurahan IX Korong");
  });
  // A walk of stop 59: a place of its own (declared nowhere, `di desa_habi`) was its id in the report, "Desa Habi" in the calendar.
  it("names a place of its own as the calendar does, its id as words", () => {
    const obligation = { kind: "sessions" as const, program: "buku_bergilir", min: 2, per: "month" as const, sites: ["desa_habi", "ix_korong"] };
    expect(obligationText(obligation, "sessions", index, "id")).toBe("sesi Layanan Buku Bergilir di Desa Habi, Kelurahan IX Korong");
  });
  it("without sites, the program alone", () => {
    expect(obligationText({ kind: "sessions", program: "buku_bergilir", min: 3, per: "month" }, "sessions", index, "id")).toBe("sesi Layanan Buku Bergilir");
  });
  // Found by a user walk: three `menyediakan paket_bergilir 1 setiap triwulan kepada perpusdes_…` read as three identical rows, and the one missed could not be told.
  it("names the recipient of what is provided, by its name, in either language", () => {
    const obligation = { kind: "provides" as const, party: "library" as const, resource: "paket", quantity: 1, per: "quarter" as const, recipient: "ix_korong" };
    expect(obligationText(obligation, "provides", index, "id")).toBe("menyediakan Paket Buku Bergilir kepada Kelurahan IX Korong");
    expect(obligationText(obligation, "provides", index, "en")).toBe("provides Paket Buku Bergilir to Kelurahan IX Korong");
    expect(obligationText({ ...obligation, recipient: undefined }, "provides", index, "id")).toBe("menyediakan Paket Buku Bergilir");
    // One written in quotes (`kepada "Desa A"`), declared nowhere: as written.
    expect(obligationText({ ...obligation, recipient: undefined, to: "Desa A" }, "provides", index, "en")).toBe("provides Paket Buku Bergilir to Desa A");
  });
});
