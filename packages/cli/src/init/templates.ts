/** The keyword language of a scaffolded workspace. */
export type TemplateLanguage = "en" | "id";

/** A file `lontar init` writes: its name in the new workspace and its text. */
export interface TemplateFile {
  /** Path relative to the workspace folder. */
  readonly path: string;
  /** The file's contents. */
  readonly text: string;
}

const ENGLISH = `// The span the plan covers: the whole year (\`lontar plan\` plans these dates).
horizon 2027-01-01..2027-12-31

/// The library that runs the programs. Change the names, hours and dates to yours.
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
  schedule every week on tue at 09:00 for 2h from 2027-01-05 until 2027-12-14
}

/// The MoU with the education office: it commits the library to the class.
agreement mou_disdik {
  between perpustakaan_kota and disdik
  valid 2027-01-01..2027-12-31
  at least 10 sessions of kelas_menulis per semester
}
`;

const INDONESIAN = `// Rentang yang direncanakan: setahun penuh (\`lontar plan\` merencanakan tanggal-tanggal ini).
cakrawala 2027-01-01..2027-12-31

/// Perpustakaan yang menjalankan program. Ganti nama, jam dan tanggal sesuai milik Anda.
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
  jadwal setiap minggu pada selasa pukul 09:00 selama 2 jam mulai 2027-01-05 sampai 2027-12-14
}

/// Nota kesepahaman dengan Dinas Pendidikan: perpustakaan berjanji mengadakan kelas.
kesepakatan mou_disdik {
  antara perpustakaan_kota dan disdik
  berlaku 2027-01-01..2027-12-31
  minimal 10 sesi kelas_menulis per semester
}
`;

/** The year the templates' dates are written in; `lontar init --year` writes another. */
export const TEMPLATE_YEAR = 2027;

// The class meets on Tuesdays (`on tue`, `pada selasa`): 2 in JavaScript's count of weekdays from Sunday.
const CLASS_WEEKDAY = 2;

/** `YYYY-MM-DD` of a day of the proleptic Gregorian calendar (read in UTC: no host zone). */
const isoDate = (day: Date): string => day.toISOString().slice(0, 10);

/**
 * The class's first and last days in `year` (2000 or later): its first Tuesday (a schedule
 * starts on a day of its own weekday, which is its first session: a Wednesday start was a
 * Wednesday session; a holiday on it is the library's closure to keep, as on any Tuesday),
 * and the last Tuesday on or before 15 December (the term ends before the holidays).
 *
 * @example classDays(2027) // { from: "2027-01-05", until: "2027-12-14" }
 */
export function classDays(year: number): { readonly from: string; readonly until: string } {
  const first = new Date(Date.UTC(year, 0, 1));
  first.setUTCDate(1 + ((CLASS_WEEKDAY - first.getUTCDay() + 7) % 7));
  const last = new Date(Date.UTC(year, 11, 15));
  last.setUTCDate(15 - ((last.getUTCDay() - CLASS_WEEKDAY + 7) % 7));
  return { from: isoDate(first), until: isoDate(last) };
}

/**
 * The starter workspace in the chosen keyword language: its horizon, the whole year (so the
 * first `lontar plan` plans it, not the agreement's validity with a note saying so), one
 * library, one partner, one program and one agreement that obliges the library to hold the
 * program, its dates in
 * `year` (a planner in December plans next year, not the one ending): the agreement valid
 * the whole year, the weekly class from the year's first Tuesday to the last one on or
 * before 15 December (see {@link classDays}).
 *
 * @example workspaceTemplate("id", 2027)[0]?.text.includes("berlaku 2027-01-01..2027-12-31") // true
 */
export function workspaceTemplate(language: TemplateLanguage, year: number = TEMPLATE_YEAR): readonly TemplateFile[] {
  const written = classDays(TEMPLATE_YEAR);
  const wanted = classDays(year);
  const text = (language === "id" ? INDONESIAN : ENGLISH)
    .replace(written.from, wanted.from)
    .replace(written.until, wanted.until)
    .replaceAll(`${TEMPLATE_YEAR}-01-01..${TEMPLATE_YEAR}-12-31`, `${year}-01-01..${year}-12-31`);
  return [{ path: "workspace.lontar", text }];
}
