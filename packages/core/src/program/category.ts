import type { z } from "zod";
import { labelledEnum } from "../primitives/labels.js";

/** Labels of program categories. */
export const programCategoryLabels = {
  literacy_training: { id: "Pelatihan literasi", en: "Literacy training" },
  digital_literacy: { id: "Literasi digital", en: "Digital literacy" },
  storytelling: { id: "Mendongeng / bercerita", en: "Storytelling" },
  reading_contest: { id: "Lomba membaca / bercerita", en: "Reading or storytelling contest" },
  book_discussion: { id: "Diskusi buku / klub buku", en: "Book discussion or club" },
  shared_reading: { id: "Bacaan bersama", en: "Shared reading" },
  exhibition: { id: "Pameran / bazar buku", en: "Exhibition or book fair" },
  festival: { id: "Festival", en: "Festival" },
  seminar: { id: "Seminar / lokakarya", en: "Seminar or workshop" },
  class: { id: "Kelas (menulis, menggambar, fotografi, keterampilan)", en: "Class (writing, drawing, photography, life skills)" },
  school_visit: { id: "Kunjungan sekolah", en: "School visit" },
  mobile_library: { id: "Perpustakaan keliling", en: "Mobile library" },
  book_rotation: { id: "Buku bergilir", en: "Book rotation" },
  collection_loan: { id: "Pinjam paket koleksi", en: "Collection-package loan" },
  coordination_meeting: { id: "Rapat koordinasi", en: "Coordination meeting" },
  peer_learning: { id: "Pertemuan pembelajaran antar sesama", en: "Peer-learning meeting" },
  survey: { id: "Survei / umpan balik", en: "Survey or feedback" },
} as const;
/** The category of a program. */
export const ProgramCategory = labelledEnum(programCategoryLabels, "The category of a program.");
/** See {@link ProgramCategory}. */
export type ProgramCategory = z.infer<typeof ProgramCategory>;

/** Labels of audience groups. */
export const audienceGroupLabels = {
  children: { id: "Anak-anak", en: "Children" },
  teens: { id: "Remaja", en: "Teens" },
  adults: { id: "Dewasa", en: "Adults" },
  mothers: { id: "Ibu-ibu", en: "Mothers" },
  students: { id: "Pelajar", en: "Students" },
  librarians: { id: "Pustakawan / pengelola", en: "Librarians and managers" },
  elderly: { id: "Lansia", en: "Older people" },
  people_with_disabilities: { id: "Penyandang disabilitas", en: "People with disabilities" },
  general: { id: "Umum", en: "General public" },
} as const;
/** A group a program is for. */
export const AudienceGroup = labelledEnum(audienceGroupLabels, "An audience group.");
/** See {@link AudienceGroup}. */
export type AudienceGroup = z.infer<typeof AudienceGroup>;
