/**
 * What `lontar explain` tells of a word that names no keyword but a concept a planner looks
 * for (`tpbis`, `iplm`, a walk of stop 56: both were "unknown code or keyword"): where the
 * language writes it, or that it does not, in both languages.
 */
import type { KeywordLanguage } from "../syntax/ast.js";

/** One topic: the words it is looked up by (lower case), and its Markdown in each language. */
interface Topic {
  readonly words: readonly string[];
  readonly text: Readonly<Record<KeywordLanguage, string>>;
}

const TOPICS: readonly Topic[] = [
  {
    words: ["tpbis"],
    text: {
      en: "# TPBIS\n\nThe library transformation based on social inclusion (Transformasi Perpustakaan Berbasis Inklusi Sosial). A library's stage is its `stage` (`lontar explain stage` lists the stages): the one it is at for the whole plan. A program held only from a stage on says `requires stage <stage>`, and its sessions at a library at an earlier stage are cancelled (LON5104 says so); a rule or an agreement's condition may read `library.stage`. A change of stage within the plan is not written: plan the months after it with the new stage.\n\n```lontar\nlibrary desa_sukamaju {\n  tier village\n  region \"Jawa Barat\" / \"Kabupaten Garut\"\n  stage implementation\n}\n```",
      id: "# TPBIS\n\nTransformasi Perpustakaan Berbasis Inklusi Sosial. Tahap sebuah perpustakaan ditulis dengan `tahap` (`lontar explain tahap` mendaftar tahapnya): tahap yang dijalaninya untuk seluruh rencana. Program yang baru diadakan sejak suatu tahap menulis `memerlukan tahap <tahap>`, dan sesinya di perpustakaan yang belum mencapai tahap itu dibatalkan (LON5104 menyebutnya); aturan atau syarat kesepakatan dapat membaca `perpustakaan.tahap`. Perubahan tahap di tengah rencana tidak ditulis: rencanakan bulan-bulan sesudahnya dengan tahap yang baru.\n\n```lontar\nperpustakaan desa_sukamaju {\n  jenjang desa\n  wilayah \"Jawa Barat\" / \"Kabupaten Garut\"\n  tahap implementasi\n}\n```",
    },
  },
  {
    words: ["iplm"],
    text: {
      en: "# IPLM\n\nThe community literacy development index (Indeks Pembangunan Literasi Masyarakat), scored 0 to 100 from a region's library data. `.lontar` files do not write it: the SDK computes it (`computeIplm` and `iplmBand` of `@lontar/core`). To follow a target of yours in a plan, write an indicator with a metric the plan counts (`lontar explain indicator`), or `metric other` for one measured outside the plan.",
      id: "# IPLM\n\nIndeks Pembangunan Literasi Masyarakat, bernilai 0 sampai 100 dari data perpustakaan sebuah wilayah. Berkas `.lontar` tidak menuliskannya: SDK yang menghitungnya (`computeIplm` dan `iplmBand` dari `@lontar/core`). Untuk mengikuti target Anda dalam rencana, tulis indikator dengan metrik yang dihitung rencana (`lontar explain indikator`), atau `metrik lainnya` untuk yang diukur di luar rencana.",
    },
  },
];

/** The topic `word` names (any case), in `reader`'s language; undefined when it names none. */
export function explainTopic(word: string, reader: KeywordLanguage): string | undefined {
  const key = word.trim().toLowerCase();
  return TOPICS.find((t) => t.words.includes(key))?.text[reader];
}

/** Every word a topic is looked up by. */
export function topicWords(): readonly string[] {
  return TOPICS.flatMap((t) => t.words);
}
