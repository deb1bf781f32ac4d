import type { Lang } from "./language/language.js";

/** Every text the server itself writes, in English and Bahasa Indonesia (one table). */
export const WORDS_OF_SERVER = {
  declaredIn: { en: "declared in", id: "dideklarasikan di" },
  declares: { en: "declares {count}: {kinds}", id: "mendeklarasikan {count}: {kinds}" },
  declaresNothing: { en: "declares nothing", id: "tidak mendeklarasikan apa pun" },
  unknownCommand: { en: "no command `{command}`; the server runs {commands}", id: "tidak ada perintah `{command}`; server menjalankan {commands}" },
  placeOfItsOwn: { en: "a place of its own (declared nowhere)", id: "tempat tersendiri (tidak dideklarasikan)" },
  line: { en: "line", id: "baris" },
  period: { en: "a period: a {period}", id: "periode: satu {period}" },
  nextDates: { en: "Next dates", id: "Tanggal berikutnya" },
  firstDates: { en: "First dates in the horizon", id: "Tanggal pertama dalam cakrawala" },
  noDates: { en: "No dates in the horizon.", id: "Tidak ada tanggal dalam cakrawala." },
  zone: { en: "time zone", id: "zona waktu" },
  skipped: { en: "holidays and closures skipped", id: "hari libur dan penutupan dilewati" },
  agreementHolds: { en: "Obligations per period", id: "Kewajiban per periode" },
  holds: { en: "holds", id: "terpenuhi" },
  fails: { en: "does not hold", id: "tidak terpenuhi" },
  notChecked: { en: "Fix the errors of the workspace to see dates and compliance.", id: "Perbaiki kesalahan ruang kerja untuk melihat tanggal dan kepatuhan." },
  occurrence: { en: "occurrence", id: "pelaksanaan" },
  occurrences: { en: "occurrences", id: "pelaksanaan" },
  unassigned: { en: "unassigned", id: "belum ditempatkan" },
  cancelled: { en: "cancelled", id: "dibatalkan" },
  andMore: { en: "and {count} more", id: "dan {count} lainnya" },
  obligation: { en: "obligation", id: "kewajiban" },
  // In other words than the agreement's status (`terpenuhi`, `met`), which the code lens says first.
  obligationKept: { en: "obligation kept", id: "kewajiban ditepati" },
  obligationsKept: { en: "obligations kept", id: "kewajiban ditepati" },
  countOf: { en: "of", id: "dari" },
  property: { en: "property", id: "properti" },
  fact: { en: "fact of a condition", id: "fakta kondisi" },
  function: { en: "function of a condition", id: "fungsi kondisi" },
  occurrenceOnly: { en: "known for a rule's occurrences only, not in a program's or an agreement's condition", id: "hanya dikenal untuk kegiatan dalam aturan, tidak dalam kondisi program atau kesepakatan" },
  expects: { en: "expects", id: "mengharapkan" },
  required: { en: "required", id: "wajib" },
  rewriteInto: { en: "Rewrite keywords into", id: "Tulis ulang kata kunci ke" },
  fixAll: { en: "Fix every certain mistake (Lontar)", id: "Perbaiki setiap kesalahan yang pasti (Lontar)" },
  english: { en: "English", id: "bahasa Inggris" },
  indonesian: { en: "Bahasa Indonesia", id: "Bahasa Indonesia" },
  notAName: { en: "is not a name: letters, digits and _ only, not starting with a digit", id: "bukan nama: hanya huruf, angka dan _, tidak diawali angka" },
  keyword: { en: "is a keyword of the language", id: "adalah kata kunci bahasa" },
  taken: { en: "is already declared", id: "sudah dideklarasikan" },
  cannotRename: { en: "Only declared names can be renamed (not keywords or literals).", id: "Hanya nama yang dideklarasikan yang dapat diganti (bukan kata kunci atau literal)." },
  declaration: { en: "declaration", id: "deklarasi" },
  resourceKind: { en: "resource kind", id: "jenis sumber daya" },
  weekday: { en: "weekday", id: "hari" },
  heldBy: { en: "held by", id: "dimiliki oleh" },
  askedBy: { en: "asked for by", id: "diminta oleh" },
  nobody: { en: "no one", id: "tidak ada" },
  weekdays: { en: "Monday to Friday", id: "Senin sampai Jumat" },
  weekends: { en: "Saturday and Sunday", id: "Sabtu dan Minggu" },
  closedOnHolidays: { en: "closed on public holidays and cuti bersama, as decreed each year", id: "tutup pada libur nasional dan cuti bersama, sesuai keputusan tiap tahun" },
  openOnCollectiveLeave: { en: "open on cuti bersama days", id: "tetap buka pada hari cuti bersama" },
  date: { en: "a date (YYYY-MM-DD)", id: "tanggal (YYYY-MM-DD)" },
  dateSession: { en: "a date, its start time and how long it lasts", id: "tanggal, jam mulai dan lamanya" },
  timeRange: { en: "hours: from-until (HH:mm-HH:mm)", id: "jam: mulai-selesai (JJ:mm-JJ:mm)" },
  costLine: { en: "a cost: its amount, and whether per session, per participant or per program", id: "biaya: jumlahnya, dan apakah per sesi, per peserta atau per program" },
  sessionsLine: { en: "how many sessions of a program, per period", id: "berapa sesi sebuah program, per periode" },
  zoneProvinces: { en: "Provinces", id: "Provinsi" },
  shutDown: { en: "The server is shutting down: it answers no more requests.", id: "Server sedang dimatikan: tidak ada lagi permintaan yang dijawab." },
  notFormatted: { en: "The file was not formatted: it has syntax errors.", id: "Berkas tidak diformat karena ada galat sintaks." },
  notPlannedHover: {
    en: "The workspace is too large to plan while you type: run Lontar: Check workspace, or `lontar check`, to see whether the agreement holds.",
    id: "Ruang kerja terlalu besar untuk direncanakan selama Anda mengetik: jalankan Lontar: Periksa ruang kerja, atau `lontar check`, untuk melihat apakah kesepakatan terpenuhi.",
  },
  notPlannedWhileTyping: {
    en: "The workspace is too large to plan while you type (more than {max} sessions in its horizon): run Lontar: Check workspace, or `lontar check`, for the plan's problems (LON51xx).",
    id: "Ruang kerja terlalu besar untuk direncanakan selama Anda mengetik (lebih dari {max} sesi dalam cakrawalanya): jalankan Lontar: Periksa ruang kerja, atau `lontar check`, untuk masalah dari rencana (LON51xx).",
  },
  requestCancelled: { en: "The request was cancelled.", id: "Permintaan dibatalkan." },
  invalidParams: { en: "was sent without the parameters it takes", id: "dikirim tanpa parameter yang diperlukannya" },
  unknownMethod: { en: "is not a method this server answers", id: "bukan metode yang dijawab server ini" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** A server text in a language. */
export function say(key: keyof typeof WORDS_OF_SERVER, lang: Lang): string {
  return WORDS_OF_SERVER[key][lang];
}

/**
 * The server's text `key` in `lang` with each `{name}` of it filled from `args`.
 *
 * @example sayWith("andMore", "id", { count: 3 }) // "dan 3 lainnya"
 */
export function sayWith(key: keyof typeof WORDS_OF_SERVER, lang: Lang, args: Readonly<Record<string, string | number>>): string {
  return say(key, lang).replace(/\{(\w+)\}/g, (whole, name: string) => (args[name] === undefined ? whole : String(args[name])));
}

/**
 * A count with its noun: `one` for 1, else `many` (`1 occurrence`, `2 occurrences`); Bahasa
 * Indonesia writes the same word for both (`1 pelaksanaan`, `2 pelaksanaan`), as the table gives it.
 */
export function sayCount(n: number, one: keyof typeof WORDS_OF_SERVER, many: keyof typeof WORDS_OF_SERVER, lang: Lang): string {
  return `${n} ${say(n === 1 ? one : many, lang)}`;
}
