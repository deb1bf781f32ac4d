import { describe, expect, it } from "vitest";
import { idAsWords } from "../../src/export/plan-view.js";

describe("an identifier written as words", () => {
  it("capitalises each word, and writes the abbreviations planners read in capitals as capitals", () => {
    expect(idAsWords("ruang_pertemuan")).toBe("Ruang Pertemuan");
    expect(idAsWords("apbd_2026")).toBe("APBD 2026");
    expect(idAsWords("dana_bos-sdn_ii")).toBe("Dana BOS SDN II");
    expect(idAsWords("pic_margomulyo")).toBe("PIC Margomulyo");
    expect(idAsWords("mou_disdik_2019")).toBe("MoU Disdik 2019");
    expect(idAsWords("perpus_mts_negeri")).toBe("Perpus MTs Negeri");
    expect(idAsWords("mts_negeri_1")).toBe("MTs Negeri 1");
    expect(idAsWords("komplek_ktk")).toBe("Komplek Ktk");
    // A walk: a province written short read "Ntt".
    expect(idAsWords("apbd_ntt_2027")).toBe("APBD NTT 2027");
    expect(idAsWords("csr_bank_bri")).toBe("CSR Bank BRI");
    // A walk of stop 59: "Mahasiswa Kkn".
    expect(idAsWords("mahasiswa_kkn")).toBe("Mahasiswa KKN");
    expect(idAsWords("mou_unipa_2027")).toBe("MoU UNIPA 2027");
    expect(idAsWords("__")).toBe("");
  });
});
