/** The value sets of enum-like properties, built from core's bilingual labels (vocabulary.ts). */
import {
  AGREEMENT_KINDS, AUDIENCES, BUDGET_CATEGORIES, CATEGORIES, KPI_METRICS, PARTNER_KINDS, SCHOOL_LEVELS, TIERS, WEEKDAY_WORDS, stageVocabulary, type Vocabulary,
} from "../semantics/vocabulary.js";
import type { Bilingual, ValueSet } from "./shapes.js";

function valueSet(title: Bilingual, vocabulary: Vocabulary, unknownCode = "LON3004"): ValueSet {
  const values = vocabulary.values.map((value) => {
    const label = vocabulary.labels[value] ?? { en: value, id: value };
    const words = [value, ...[...vocabulary.words].filter(([word, v]) => v === value && word !== value).map(([word]) => word)];
    const written = vocabulary.written[value] ?? { en: value, id: value };
    return { value, label: { en: label.en, id: label.id }, written: { en: written.en, id: written.id }, words };
  });
  return { title, values, vocabulary, unknownCode };
}

/** Library tiers. */
export const TIER_VALUES = valueSet({ en: "library tier", id: "jenjang perpustakaan" }, TIERS);
/** School levels of a school library or a student audience. */
export const SCHOOL_LEVEL_VALUES = valueSet({ en: "school level", id: "jenjang sekolah" }, SCHOOL_LEVELS);
/** TPBIS stages of the default stage model. */
export const STAGE_VALUES = valueSet({ en: "TPBIS stage", id: "tahap TPBIS" }, stageVocabulary(), "LON3005");
/** Partner kinds. */
export const PARTNER_KIND_VALUES = valueSet({ en: "partner kind", id: "jenis mitra" }, PARTNER_KINDS);
/** Program categories. */
export const PROGRAM_CATEGORY_VALUES = valueSet({ en: "program category", id: "kategori program" }, CATEGORIES);
/** Audience groups. */
export const AUDIENCE_VALUES = valueSet({ en: "audience group", id: "kelompok sasaran" }, AUDIENCES);
/** Budget categories. */
export const BUDGET_CATEGORY_VALUES = valueSet({ en: "budget category", id: "kategori anggaran" }, BUDGET_CATEGORIES);
/** Agreement kinds. */
export const AGREEMENT_KIND_VALUES = valueSet({ en: "agreement kind", id: "jenis kesepakatan" }, AGREEMENT_KINDS);
/** What a KPI indicator measures (its `metric`, or its name when that is one). */
export const KPI_METRIC_VALUES = valueSet({ en: "KPI metric", id: "metrik KPI" }, KPI_METRICS);
/** Days of the week (in schedules and conditions; no property takes them). */
export const WEEKDAY_VALUES = valueSet({ en: "weekday", id: "hari" }, WEEKDAY_WORDS);

/**
 * Every value set, the one place their names are given: messages name a list of values
 * by its title ("program category" / "kategori program"), as the docs do.
 */
export const VALUE_SETS: readonly ValueSet[] = [
  TIER_VALUES, SCHOOL_LEVEL_VALUES, STAGE_VALUES, PARTNER_KIND_VALUES, PROGRAM_CATEGORY_VALUES, AUDIENCE_VALUES, BUDGET_CATEGORY_VALUES, AGREEMENT_KIND_VALUES, KPI_METRIC_VALUES, WEEKDAY_VALUES,
];
