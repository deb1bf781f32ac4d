import { numberLabels, PROJECTED_KPI_METRICS, suggestion, type Labels, type Suggestion } from "@lontar/core";
import { joinAll } from "../../text/join-labels.js";
import type { Declaration, IndicatorNode, KeywordLanguage, Property } from "../../syntax/ast.js";
import { spell } from "../../syntax/keywords.js";
import { value as printValue } from "../../format/print-values.js";
import { KPI_METRIC_VALUES } from "../../language/values.js";
import { closeNames } from "../binder/suggest.js";
import type { FileReporter } from "../report.js";
import { kpiMetricOf } from "../vocabulary.js";
import { isTypo, reportUnknown } from "./unknown-value.js";

/**
 * LON3011 at an indicator whose name an earlier indicator of the same kpi has: core's model
 * keys a kpi's indicators by name (its KpiDefinition refuses a duplicate).
 */
export function checkIndicatorNames(declaration: Declaration, reporter: FileReporter): void {
  const names = new Set<string>();
  for (const property of declaration.properties) {
    const value = property.value;
    if (value.kind !== "Indicator") continue;
    const name = value.name.text;
    if (names.has(name)) reporter.report("LON3011.indicatorTwice", { name }, value.name.range);
    else names.add(name);
  }
}

const COUNTED: ReadonlySet<string> = new Set(PROJECTED_KPI_METRICS);

/** How each language writes a metric (`participants` / `peserta`). */
const written = (metric: string, lang: KeywordLanguage): string => KPI_METRIC_VALUES.vocabulary.written[metric]?.[lang] ?? metric;

/** The same words in both languages, each in code quotes, joined in each language: "`a`, `b` and `c`". */
function listed(words: readonly string[]): Labels {
  return joinAll(words.map((w) => ({ en: `\`${w}\``, id: `\`${w}\`` })));
}

/** The metrics the plan counts, as the file writes them. */
const countedIn = (lang: KeywordLanguage): Labels => listed(PROJECTED_KPI_METRICS.map((m) => written(m, lang)));

/** The language of an indicator's words (`bobot`, `metrik`): its property's. */
const languageOf = (property: Property): KeywordLanguage => property.valueLang ?? property.lang;

/** LON3004 for a `metric` that is not one, the allowed metrics listed, a close one offered as the indicator rewritten. */
function unknownMetric(indicator: IndicatorNode, metric: string, lang: KeywordLanguage, reporter: FileReporter): void {
  const set = KPI_METRIC_VALUES;
  reportUnknown(reporter, {
    message: { key: "LON3004.unknownValueAllowed", what: set.title },
    text: metric,
    // At the metric's word; the fix writes the whole indicator again.
    range: indicator.metricRange ?? indicator.range,
    values: set.values.map((v) => v.written),
    fileLanguage: lang,
    candidates: set.vocabulary.words.keys(),
    meaningOf: (candidate) => set.vocabulary.words.get(candidate),
    rewrite: { range: indicator.range, text: (word) => printValue({ ...indicator, metric: word }, lang) },
  });
}

/**
 * The fixes of an indicator whose name is not a metric: the metric's own word as its name when
 * the name is a typo of one metric's word (`pesertaa` → `peserta`, applied as a typo is), then
 * `metric <word>` after its name for each metric the name is close to (one per metric, the
 * file's spelling), and `metric custom` for a value measured outside the plan.
 */
function metricFixes(indicator: IndicatorNode, lang: KeywordLanguage, file: string): Suggestion[] {
  const vocabulary = KPI_METRIC_VALUES.vocabulary;
  const near = new Map<string, string>();
  const typos = new Map<string, string>();
  const name = indicator.name.text;
  for (const word of closeNames(name, vocabulary.words.keys())) {
    const metric = vocabulary.words.get(word);
    if (metric === undefined) continue;
    if (!near.has(metric)) near.set(metric, written(metric, lang));
    if (!typos.has(metric) && isTypo(name.toLowerCase(), word.toLowerCase())) typos.set(metric, word);
  }
  const words = [...[...near.values()].slice(0, 3), ...(near.has("custom") ? [] : [written("custom", lang)])];
  const location = { file, range: indicator.name.range };
  const [typo] = typos.size === 1 ? [...typos.values()] : [];
  const renamed = typo === undefined ? [] : [suggestion("note.didYouMean", { name: typo }, [{ location, text: typo }], true)];
  return [
    ...renamed,
    ...words.map((word) => {
      const text = `${name} ${spell("Metric", lang)} ${word}`;
      return suggestion("LON3013.writeMetric", { text }, [{ location, text }]);
    }),
  ];
}

/**
 * The metrics of a kpi's indicators: LON3004 at a `metric` that is not one; LON3013 (warning)
 * at an indicator without `metric` whose name is not one either (the plan scores it 0); and
 * LON3014 (info) at the kpi when some indicators measure a metric the plan does not count
 * (`visits`, `members`…), with the most its projected score can reach.
 */
export function checkIndicatorMetrics(declaration: Declaration, reporter: FileReporter): void {
  const notCounted: string[] = [];
  let total = 0;
  let counted = 0;
  let uncounted = 0;
  let lang: KeywordLanguage = declaration.lang;
  for (const property of declaration.properties) {
    const indicator = property.value;
    if (indicator.kind !== "Indicator") continue;
    lang = languageOf(property);
    const weight = indicator.weight.value;
    total += weight;
    const metric = kpiMetricOf(indicator.metric ?? indicator.name.text);
    if (metric !== undefined && COUNTED.has(metric)) {
      counted += weight;
      continue;
    }
    if (metric !== undefined) {
      notCounted.push(indicator.name.text);
      uncounted += weight;
    } else if (indicator.metric !== undefined) unknownMetric(indicator, indicator.metric, lang, reporter);
    else {
      const args = { name: indicator.name.text, metric: spell("Metric", lang), weight, kpi: declaration.name.text, counted: countedIn(lang), custom: written("custom", lang) };
      reporter.report("LON3013.noMetric", args, indicator.name.range, { suggestions: metricFixes(indicator, lang, reporter.file) });
    }
  }
  if (notCounted.length === 0 || total <= 0) return;
  const max = Math.round((10_000 * counted) / total) / 100;
  reporter.report(
    "LON3014.notCounted",
    { counted: countedIn(lang), indicators: listed(notCounted), weight: uncounted, total, kpi: declaration.name.text, max: numberLabels(max) },
    declaration.name.range,
  );
}

