import {
  DEFAULT_STAGE_MODEL,
  type KpiMetric,
  type Labels,
  type StageModel,
  audienceGroupLabels,
  budgetCategoryLabels,
  kpiMetricLabels,
  libraryTierLabels,
  partnerKindLabels,
  programCategoryLabels,
  schoolLevelLabels,
  weekdayLabels,
} from "@lontar/core";

/**
 * The words a planner may write for one core enum, in English or Bahasa Indonesia,
 * each mapped to the core value. Built from core's label tables (the value itself and
 * a slug of each label and of each `/`-separated part of it) plus hand-picked aliases,
 * so the two languages are covered in one place.
 */
export interface Vocabulary {
  /** The core values. */
  readonly values: readonly string[];
  /** Every accepted word and the value it means. */
  readonly words: ReadonlyMap<string, string>;
  /** Core's labels of each value, in English and Indonesian. */
  readonly labels: Readonly<Record<string, Labels>>;
  /**
   * The word a planner writes for each value in each language — `city` / `kota`,
   * `government_agency` / `opd` — listed by messages and the docs.
   */
  readonly written: Readonly<Record<string, Labels>>;
}

/** How the words of a vocabulary are written, beyond core's labels. */
interface Spelling {
  /** The language core's values are spelt in (`kota` is Indonesian, `mobile_library` English); English by default. */
  readonly core?: "en" | "id";
  /** Words that mean a value besides its labels (either language). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The word written for a value in a language, where the first part of its label is not it. */
  readonly en?: Readonly<Record<string, string>>;
  /** See {@link Spelling.en}. */
  readonly id?: Readonly<Record<string, string>>;
}

const slugs = new Map<string, string>();
const MAX_REMEMBERED_SLUGS = 10_000;
const MAX_REMEMBERED_LENGTH = 100;

/** `Perpustakaan keliling` → `perpustakaan_keliling` (remembered: the checker and the compiler look the same few words up again and again). */
function slug(text: string): string {
  if (text.length > MAX_REMEMBERED_LENGTH) return slugOf(text);
  const known = slugs.get(text);
  if (known !== undefined) return known;
  // Bounded in count and length: any text a user writes may come here.
  if (slugs.size >= MAX_REMEMBERED_SLUGS) slugs.clear();
  const made = slugOf(text);
  slugs.set(text, made);
  return made;
}

function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function labelWords(label: string): string[] {
  const parts = label.split(/[/,]/).map(slug);
  return [slug(label), ...parts].filter((w) => w.length > 0);
}

function vocabulary(labels: Readonly<Record<string, Labels>>, spelling: Spelling = {}): Vocabulary {
  const words = new Map<string, string>();
  const values = Object.keys(labels);
  for (const value of values) words.set(value, value);
  for (const [word, value] of Object.entries(spelling.aliases ?? {})) if (!words.has(word)) words.set(word, value);
  for (const value of values) {
    const label = labels[value];
    if (label === undefined) continue;
    for (const word of [...labelWords(label.en), ...labelWords(label.id)]) if (!words.has(word)) words.set(word, value);
  }
  // In core's language the value itself; in the other the first part of the label (`Mendongeng / bercerita` → `mendongeng`) when it means the value.
  const writtenIn = (value: string, language: "en" | "id"): string => {
    const chosen = spelling[language]?.[value];
    if (chosen !== undefined) return chosen;
    if ((spelling.core ?? "en") === language) return value;
    const first = slug((labels[value]?.[language] ?? "").split("/")[0] ?? "");
    return words.get(first) === value ? first : value;
  };
  const written = Object.fromEntries(values.map((value) => [value, { en: writtenIn(value, "en"), id: writtenIn(value, "id") }]));
  return { values, words, labels, written };
}

/** Library tiers: `city`/`kota` → `kota`. */
export const TIERS = vocabulary(libraryTierLabels, {
  core: "id",
  aliases: {
    national: "nasional",
    province: "provinsi",
    provincial: "provinsi",
    regency: "kabupaten",
    city: "kota",
    district: "kecamatan",
    village: "desa",
    // A village by its province's own name for one: Sumatera Barat's nagari, Aceh's gampong, Lampung's pekon,
    // Tana Toraja's lembang, Maluku's negeri, Papua's kampung (a TPBIS walk wrote `jenjang nagari`).
    nagari: "desa",
    gampong: "desa",
    pekon: "desa",
    lembang: "desa",
    negeri: "desa",
    kampung: "desa",
    urban_village: "kelurahan",
    school: "sekolah",
    university: "perguruan_tinggi",
    special: "khusus",
    community: "tbm",
  },
  en: {
    nasional: "national",
    provinsi: "province",
    kabupaten: "regency",
    kota: "city",
    kecamatan: "district",
    desa: "village",
    kelurahan: "urban_village",
    sekolah: "school",
    perguruan_tinggi: "university",
    khusus: "special",
    tbm: "tbm",
  },
});

/** Program categories: `mobile_library`/`perpustakaan_keliling` → `mobile_library`. */
export const CATEGORIES = vocabulary(programCategoryLabels, { aliases: {
  competition: "reading_contest",
  contest: "reading_contest",
  lomba: "reading_contest",
  lomba_bercerita: "reading_contest",
  // The contest's everyday names (a walk of stop 58: `kategori lomba_mendongeng` was LON3004).
  lomba_mendongeng: "reading_contest",
  lomba_dongeng: "reading_contest",
  storytelling_contest: "reading_contest",
  // The word pustakawan use for it (a first-hour walk: `kategori dongeng` was LON3004).
  dongeng: "storytelling",
  workshop: "seminar",
  training: "literacy_training",
  pelatihan: "literacy_training",
  bimtek: "literacy_training",
  bimbingan_teknis: "literacy_training",
  rotasi_buku: "book_rotation",
  rotasi_koleksi: "book_rotation",
  // A mobile library's everyday short name.
  pusling: "mobile_library",
  kelas: "class",
  klub_buku: "book_discussion",
  book_club: "book_discussion",
  rakor: "coordination_meeting",
  meeting: "coordination_meeting",
  // The everyday word for a meeting (a walk: `kategori rapat` was LON3004).
  rapat: "coordination_meeting",
  survei: "survey",
} });

/** Partner kinds: `school`/`sekolah` → `school`. */
export const PARTNER_KINDS = vocabulary(partnerKindLabels, { id: { government_agency: "opd", ngo: "lsm", islamic_boarding_school: "pesantren" }, aliases: {
  sekolah: "school",
  // A school by its level, as a Dinas names its partners (a TPBIS walk: `jenis sma` had been "fixed" to `lsm`).
  sd: "school",
  smp: "school",
  sma: "school",
  smk: "school",
  slb: "school",
  tk: "school",
  paud: "school",
  mi: "madrasah",
  mts: "madrasah",
  ma: "madrasah",
  // A pondok pesantren, as a Dinas writes it (a walk: `jenis pondok pesantren` had no kind to be).
  pesantren: "islamic_boarding_school",
  pondok_pesantren: "islamic_boarding_school",
  ponpes: "islamic_boarding_school",
  boarding_school: "islamic_boarding_school",
  // A church, a parish or a synod (in NTT among a library's first partners), a mosque's or a temple's community (a pustakawan's walk in Ende: `jenis gereja` had no kind to be).
  keagamaan: "religious_institution",
  lembaga_agama: "religious_institution",
  rumah_ibadah: "religious_institution",
  gereja: "religious_institution",
  paroki: "religious_institution",
  jemaat: "religious_institution",
  sinode: "religious_institution",
  keuskupan: "religious_institution",
  masjid: "religious_institution",
  musala: "religious_institution",
  mushola: "religious_institution",
  pura: "religious_institution",
  vihara: "religious_institution",
  klenteng: "religious_institution",
  church: "religious_institution",
  parish: "religious_institution",
  mosque: "religious_institution",
  temple: "religious_institution",
  religious: "religious_institution",
  opd: "government_agency",
  agency: "government_agency",
  dinas: "government_agency",
  // A village's or a district's government, which a mobile library's route works with (a walk through a 2027 plan).
  pemerintah_desa: "government_agency",
  pemdes: "government_agency",
  kantor_desa: "government_agency",
  kelurahan: "government_agency",
  kecamatan: "government_agency",
  pemerintah_daerah: "government_agency",
  pemda: "government_agency",
  pemkab: "government_agency",
  pemkot: "government_agency",
  village_government: "government_agency",
  local_government: "government_agency",
  lsm: "ngo",
  // Indonesian law counts an LSM among the ormas (UU 17/2013), and most are yayasan.
  ormas: "ngo",
  yayasan: "ngo",
  universitas: "university",
  kampus: "university",
  komunitas: "community_group",
  community: "community_group",
  karang_taruna: "community_group",
  adat: "customary_institution",
  lembaga_adat: "customary_institution",
  usaha: "business",
  perusahaan: "business",
  // A company's CSR, a village's or the state's enterprises, cooperatives: business partners.
  csr: "business",
  swasta: "business",
  bumdes: "business",
  bum_desa: "business",
  bumn: "business",
  bumd: "business",
  koperasi: "business",
  // A bank's CSR, a shop, a small enterprise (a walk: `jenis bank` was offered nothing).
  bank: "business",
  umkm: "business",
  toko: "business",
  badan_usaha: "business",
  company: "business",
  // A newspaper, a radio or television station, the press: media partners.
  koran: "media",
  surat_kabar: "media",
  radio: "media",
  televisi: "media",
  tv: "media",
  pers: "media",
  // An institute, a polytechnic, a college: a university partner.
  institut: "university",
  politeknik: "university",
  sekolah_tinggi: "university",
  akademi: "university",
  perpustakaan: "library",
} });

/** Audience groups: `children`/`anak` → `children`. */
export const AUDIENCES = vocabulary(audienceGroupLabels, { aliases: { anak: "children", ibu: "mothers", siswa: "students", murid: "students", peserta_didik: "students", pengelola: "librarians", masyarakat: "general", masyarakat_umum: "general", warga: "general", public: "general", general_public: "general", semua_umur: "general", semua_usia: "general", semua_kalangan: "general", all_ages: "general", lanjut_usia: "elderly", manula: "elderly", seniors: "elderly", difabel: "people_with_disabilities", disabilitas: "people_with_disabilities", disabled: "people_with_disabilities" } });

/** School levels: `SD/MI`, `sd`, `smp`… → `sd_mi`… */
export const SCHOOL_LEVELS = (() => {
  // Written in quotes as the schools write them, in either language: `students "SD/MI"`.
  const quoted = Object.fromEntries(Object.entries(schoolLevelLabels).map(([value, label]) => [value, `"${label.id}"`]));
  return vocabulary(schoolLevelLabels, { aliases: { primary: "sd_mi", junior: "smp_mts", senior: "sma_ma_smk" }, en: quoted, id: quoted });
})();

/** Budget categories: `operations`/`operasional` → `operations`. */
export const BUDGET_CATEGORIES = vocabulary(budgetCategoryLabels, { aliases: { koleksi: "collection", sarpras: "infrastructure", program: "programs" }, id: { collection: "koleksi", infrastructure: "sarpras" } });

/** Weekdays: `fri`/`jumat`/`friday` → `fri`. */
export const WEEKDAY_WORDS = vocabulary(weekdayLabels, { aliases: { sen: "mon", sel: "tue", rab: "wed", kam: "thu", jum: "fri", sab: "sat", min: "sun", ahad: "sun" } });

/** Agreement kinds: MoU or PKS. */
export const AGREEMENT_KINDS = vocabulary(
  {
    mou: { id: "Nota kesepahaman (MoU)", en: "Memorandum of understanding (MoU)" },
    pks: { id: "Perjanjian kerja sama (PKS)", en: "Cooperation agreement (PKS)" },
  },
  { id: { mou: "mou", pks: "pks" } },
);

/**
 * What a KPI indicator measures: `participants`/`peserta` → `participants`. The Indonesian
 * word is the label without its `Jumlah` (`Jumlah peserta` → `peserta`).
 */
export const KPI_METRICS = vocabulary(kpiMetricLabels, {
  aliases: {
    kegiatan: "activities",
    sesi: "sessions",
    peserta: "participants",
    kunjungan: "visits",
    // What a Dinas's report calls them: visitors (`pengunjung`, `jumlah_pengunjung`) and attendees.
    pengunjung: "visits",
    jumlah_pengunjung: "visits",
    visitors: "visits",
    attendees: "participants",
    anggota: "members",
    mitra: "partners",
    kesepakatan: "agreements",
    koleksi: "collection",
    lainnya: "custom",
  },
  id: {
    activities: "kegiatan",
    sessions: "sesi",
    participants: "peserta",
    visits: "kunjungan",
    members: "anggota",
    partners: "mitra",
    agreements: "kesepakatan",
    success_stories: "cerita_sukses",
    collection: "koleksi",
    custom: "lainnya",
  },
});

/** The metric a word names (`peserta` → `participants`), or undefined for a word that names none. */
export function kpiMetricOf(word: string): KpiMetric | undefined {
  const value = lookupWord(KPI_METRICS, word);
  return value !== undefined && Object.hasOwn(kpiMetricLabels, value) ? (value as KpiMetric) : undefined;
}

/** TPBIS stages of `model`: the id, the English keyword, and slugs of the labels. */
export function stageVocabulary(model: StageModel = DEFAULT_STAGE_MODEL): Vocabulary {
  const labels = Object.fromEntries(model.stages.map((s) => [s.id, s.labels]));
  const keywords = Object.fromEntries(model.stages.map((s) => [s.keyword, s.id]));
  return vocabulary(labels, { core: "id", aliases: { ...stageAliases(model), ...keywords }, en: Object.fromEntries(model.stages.map((s) => [s.id, s.keyword])) });
}

/** What TPBIS reports call the default model's stages for short: `monev`, `bimbingan_teknis`. */
const STAGE_ALIASES: Readonly<Record<string, string>> = { monev: "monitoring_evaluasi", bimbingan_teknis: "bimtek", pelatihan: "bimtek" };

/** The short names of {@link STAGE_ALIASES} whose stage `model` has. */
function stageAliases(model: StageModel): Record<string, string> {
  const ids = new Set(model.stages.map((s) => s.id));
  return Object.fromEntries(Object.entries(STAGE_ALIASES).filter(([, id]) => ids.has(id)));
}

/** The core value a word means in `vocabulary`, ignoring case; undefined when unknown. */
export function lookupWord(vocabulary: Vocabulary, word: string): string | undefined {
  return vocabulary.words.get(word) ?? vocabulary.words.get(slug(word));
}

/** TPBIS stages by id, keyword, or a slug of either label: `implementation` → `implementasi`. */
export function lookupStage(word: string, model: StageModel = DEFAULT_STAGE_MODEL): string | undefined {
  // The default model's answers are remembered (bounded like the slugs): conditions repeat the same few stages.
  if (model !== DEFAULT_STAGE_MODEL || word.length > MAX_REMEMBERED_LENGTH) return findStage(word, model);
  if (defaultStages.has(word)) return defaultStages.get(word);
  if (defaultStages.size >= MAX_REMEMBERED_SLUGS) defaultStages.clear();
  const stage = findStage(word, model);
  defaultStages.set(word, stage);
  return stage;
}

const defaultStages = new Map<string, string | undefined>();

function findStage(word: string, model: StageModel): string | undefined {
  const key = slug(word);
  const alias = stageAliases(model)[key];
  if (alias !== undefined) return alias;
  for (const stage of model.stages) {
    if (stage.id === word || stage.keyword === word || stage.id === key || stage.keyword === key) return stage.id;
    if (slug(stage.labels.en) === key || slug(stage.labels.id) === key) return stage.id;
  }
  return undefined;
}

/** Every word for the stages of `model`, for suggestions. */
export function stageWords(model: StageModel = DEFAULT_STAGE_MODEL): string[] {
  return model.stages.flatMap((s) => [s.id, s.keyword]);
}

/** Each value of `vocabulary` as a planner writes it in English and Bahasa Indonesia, in core's order. */
export function writtenValues(vocabulary: Vocabulary): Labels[] {
  return vocabulary.values.map((value) => vocabulary.written[value] ?? { en: value, id: value });
}
