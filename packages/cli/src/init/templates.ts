/** The keyword language of a scaffolded workspace. */
export type TemplateLanguage = "en" | "id";

/** A file `lontar init` writes: its name in the new workspace and its text. */
export interface TemplateFile {
  /** Path relative to the workspace folder. */
  readonly path: string;
  /** The file's contents. */
  readonly text: string;
}

const ENGLISH = `/// The library that runs the programs. Change the names, hours and dates to yours.
library perpustakaan_kota {
  name "Perpustakaan Umum Kota"
  tier city
  region "Jawa Barat" / "Kota Bandung"
  stage implementation
  open mon..thu 08:00-16:00, fri 08:00-11:30
  closed on public holidays
}

/// A partner: here the city education office.
partner disdik {
  name "Dinas Pendidikan Kota"
  kind government_agency
}

/// A weekly writing class for students.
program kelas_menulis {
  title "Kelas Menulis"
  category class
  schedule every week on tue at 09:00 for 2h from 2026-01-06 until 2026-12-15
}

/// The MoU with the education office: it commits the library to the class.
agreement mou_disdik {
  between perpustakaan_kota and disdik
  valid 2026-01-01..2026-12-31
  at least 10 sessions of kelas_menulis per semester
}
`;

const INDONESIAN = `/// Perpustakaan yang menjalankan program. Ganti nama, jam dan tanggal sesuai milik Anda.
perpustakaan perpustakaan_kota {
  nama "Perpustakaan Umum Kota"
  jenjang kota
  wilayah "Jawa Barat" / "Kota Bandung"
  tahap implementasi
  buka senin..kamis 08:00-16:00, jumat 08:00-11:30
  tutup pada libur nasional
}

/// Mitra: di sini Dinas Pendidikan kota.
mitra disdik {
  nama "Dinas Pendidikan Kota"
  jenis opd
}

/// Kelas menulis mingguan untuk pelajar.
program kelas_menulis {
  judul "Kelas Menulis"
  kategori kelas
  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2026-01-06 sampai 2026-12-15
}

/// Nota kesepahaman dengan Dinas Pendidikan: perpustakaan berjanji mengadakan kelas.
kesepakatan mou_disdik {
  antara perpustakaan_kota dan disdik
  berlaku 2026-01-01..2026-12-31
  minimal 10 sesi kelas_menulis per semester
}
`;

/** The year the templates' dates are written in; `lontar init --year` writes another. */
export const TEMPLATE_YEAR = 2026;

/**
 * The starter workspace in the chosen keyword language: one library, one partner, one
 * program and one agreement that obliges the library to hold the program, its dates in
 * `year` (a planner in December plans next year, not the one ending).
 *
 * @example workspaceTemplate("id", 2027)[0]?.text.includes("berlaku 2027-01-01..2027-12-31") // true
 */
export function workspaceTemplate(language: TemplateLanguage, year: number = TEMPLATE_YEAR): readonly TemplateFile[] {
  const text = (language === "id" ? INDONESIAN : ENGLISH).replaceAll(`${TEMPLATE_YEAR}-`, `${year}-`);
  return [{ path: "workspace.lontar", text }];
}
