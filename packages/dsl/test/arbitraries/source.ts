/**
 * fast-check arbitraries producing VALID `.lontar` source: a language-independent model
 * rendered with English, Bahasa Indonesia or mixed keywords. Shared with the semantics
 * tests (the names they produce are not resolved: references may dangle).
 */
import { FACTS, FUNCTIONS } from "@lontar/core";
import fc from "fast-check";

/** Which keyword set to render with. */
export type SourceLanguage = "en" | "id" | "mixed";
type L = "en" | "id";

/** A rendered fragment: given a language, its text. */
type Render = (lang: L) => string;

const t = (en: string, id: string): Render => (lang) => (lang === "en" ? en : id);
const lit = (s: string): Render => () => s;
const seq = (...parts: Render[]): Render => (lang) => parts.map((p) => p(lang)).filter((s) => s.length > 0).join(" ");
const list = (parts: Render[], sep = ", "): Render => (lang) => parts.map((p) => p(lang)).join(sep);

/** Identifiers that are never keywords (they all start with `n_`). */
export const arbName: fc.Arbitrary<string> = fc.stringMatching(/^n_[a-z][a-z0-9_]{0,8}$/);
const arbDate = fc.record({ y: fc.integer({ min: 2019, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const arbTime = fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 15, 30, 45) }).map(({ h, m }) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const arbTimeRange = fc.tuple(arbTime, arbTime).map(([a, b]) => `${a}-${b}`);
const arbText = fc.stringMatching(/^[A-Za-z0-9 ,./-]{0,20}$/).map((s) => JSON.stringify(s));
const arbCount = fc.integer({ min: 1, max: 500 });
const arbMoney = fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => `Rp ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`);

const WEEKDAYS: readonly [string, string][] = [["mon", "senin"], ["tue", "selasa"], ["wed", "rabu"], ["thu", "kamis"], ["fri", "jumat"], ["sat", "sabtu"], ["sun", "minggu"]];
const MONTHS: readonly [string, string][] = [["jan", "januari"], ["feb", "februari"], ["mar", "maret"], ["apr", "april"], ["may", "mei"], ["jun", "juni"], ["jul", "juli"], ["aug", "agustus"], ["sep", "september"], ["oct", "oktober"], ["nov", "november"], ["dec", "desember"]];
const PERIODS: readonly [string, string][] = [["day", "hari"], ["week", "minggu"], ["month", "bulan"], ["quarter", "triwulan"], ["semester", "semester"], ["year", "tahun"]];
const ORDINALS: readonly [string, string][] = [["first", "pertama"], ["second", "kedua"], ["third", "ketiga"], ["fourth", "keempat"], ["last", "terakhir"]];

const arbWeekday: fc.Arbitrary<Render> = fc.constantFrom(...WEEKDAYS).map(([en, id]) => t(en, id));
const arbPeriod: fc.Arbitrary<Render> = fc.constantFrom(...PERIODS).map(([en, id]) => t(en, id));
const arbDayItem: fc.Arbitrary<Render> = fc.oneof(
  arbWeekday,
  fc.tuple(arbWeekday, arbWeekday).map(([a, b]): Render => (lang) => `${a(lang)}..${b(lang)}`),
  fc.constant(t("weekdays", "hari kerja")),
  fc.constant(t("weekends", "akhir pekan")),
);
const arbDaySet = fc.array(arbDayItem, { minLength: 1, maxLength: 3 }).map((items) => list(items));
const arbWindows = fc.array(fc.tuple(arbDaySet, fc.option(arbTimeRange, { nil: undefined })), { minLength: 1, maxLength: 3 })
  .map((ws) => list(ws.map(([d, time]) => (time === undefined ? d : seq(d, lit(time))))));
const arbDuration: fc.Arbitrary<Render> = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((h) => lit(`${h}h`)),
  fc.integer({ min: 1, max: 200 }).map((m) => lit(`${m}m`)),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 59 })).map(([h, m]) => lit(`${h}h${m}m`)),
  fc.integer({ min: 1, max: 9 }).map((h) => t(`${h} hours`, `${h} jam`)),
  fc.integer({ min: 1, max: 120 }).map((m) => t(`${m} minutes`, `${m} menit`)),
);
const arbDateOrRange = fc.oneof(arbDate, fc.tuple(arbDate, arbDate).map(([a, b]) => `${a}..${b}`));

const arbTail: fc.Arbitrary<Render> = fc.record({
  at: fc.option(arbTime.map((x) => seq(t("at", "pukul"), lit(x))), { nil: undefined }),
  dur: fc.option(arbDuration.map((d) => seq(t("for", "selama"), d)), { nil: undefined }),
  from: fc.option(arbDate.map((d) => seq(t("from", "mulai"), lit(d))), { nil: undefined }),
  until: fc.option(arbDate.map((d) => seq(t("until", "sampai"), lit(d))), { nil: undefined }),
  count: fc.option(arbCount.map((n) => seq(t("for", "selama"), lit(String(n)), t("times", "kali"))), { nil: undefined }),
  except: fc.option(fc.array(arbDateOrRange, { minLength: 1, maxLength: 3 }).map((ds) => seq(t("except", "kecuali"), lit(ds.join(", ")))), { nil: undefined }),
  including: fc.option(fc.constant(t("including holidays", "termasuk libur")), { nil: undefined }),
}).map((r) => seq(...Object.values(r).filter((x): x is Render => x !== undefined)));

const arbOn: fc.Arbitrary<Render> = fc.oneof(
  arbDaySet,
  // One nth weekday or several (`the second and fourth thu`, `kamis pertama, ketiga`).
  fc.tuple(fc.array(fc.constantFrom(...ORDINALS), { minLength: 1, maxLength: 3 }), fc.boolean(), arbWeekday).map(([ordinals, comma, d]): Render => (lang) => {
    const words = ordinals.map(([en, id]) => (lang === "en" ? en : id)).join(comma ? ", " : lang === "en" ? " and " : " dan ");
    return lang === "en" ? `the ${words} ${d(lang)}` : `${d(lang)} ${words}`;
  }),
  fc.integer({ min: 1, max: 31 }).map((n) => t(`day ${n}`, `tanggal ${n}`)),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...MONTHS)).map(([n, [en, id]]) => t(`${n} ${en}`, `${n} ${id}`)),
);

/** A schedule in any of the five forms. */
export const arbSchedule: fc.Arbitrary<Render> = fc.oneof(
  fc.tuple(fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }), fc.constantFrom(...PERIODS.filter(([p]) => p !== "quarter" && p !== "semester")), fc.option(arbOn, { nil: undefined }), arbTail)
    .map(([n, [en, id], on, tail]) => seq(t("every", "setiap"), lit(n === undefined ? "" : String(n)), t(n === undefined ? en : `${en}s`, id), on ? seq(t("on", "pada"), on) : lit(""), tail)),
  fc.constantFrom(t("every weekday", "setiap hari kerja"), t("every weekend", "setiap akhir pekan")),
  fc.tuple(arbDate, arbTail).map(([d, tail]) => seq(t("once", "sekali"), lit(d), tail)),
  fc.tuple(arbDate, arbDate, fc.option(arbTimeRange, { nil: undefined }), fc.boolean())
    .map(([a, b, daily, inc]) => seq(lit(`${a}..${b}`), daily ? seq(t("daily", "harian"), lit(daily)) : lit(""), inc ? t("including holidays", "termasuk libur") : lit(""))),
  fc.tuple(fc.constantFrom("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "FREQ=WEEKLY;BYDAY=MO"), arbDate, arbTime, arbTail)
    .map(([rule, d, time, tail]) => seq(lit(`rrule "${rule}"`), t("starting", "dimulai"), lit(`${d}T${time}`), tail)),
  fc.tuple(arbCount, arbPeriod, fc.option(arbWindows, { nil: undefined }), fc.option(arbTimeRange, { nil: undefined }), fc.option(arbDuration, { nil: undefined }))
    .map(([n, per, on, between, dur]) =>
      seq(lit(String(n)), t("times per", "kali per"), per, on ? seq(t("on", "pada"), on) : lit(""), between ? seq(t("between", "antara"), lit(between)) : lit(""), dur ? seq(t("for", "selama"), dur) : lit(""))),
);

const factArb: fc.Arbitrary<Render> = fc.constantFrom(...FACTS).map((f) => t(f.name, f.nameId));
const atomArb: fc.Arbitrary<Render> = fc.oneof(
  factArb,
  arbText.map(lit),
  arbCount.map((n) => lit(String(n))),
  arbTime.map(lit),
  arbWeekday,
  fc.constantFrom(t("true", "benar"), t("false", "salah")),
);
const callArb: fc.Arbitrary<Render> = fc.tuple(fc.constantFrom(...FUNCTIONS), arbTime, arbTime).map(([f, a, b]) => t(`${f.name}(${a}, ${b})`, `${f.nameId}(${a}, ${b})`));

/** A condition in when-clause syntax; binary operands of lower precedence are parenthesised. */
export const arbCondition: fc.Arbitrary<Render> = fc.letrec<{ expr: Render; operand: Render }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("operand"),
    fc.tuple(tie("operand"), tie("operand")).map(([a, b]): Render => (lang) => `${a(lang)} && ${b(lang)}`),
    fc.tuple(tie("operand"), tie("operand")).map(([a, b]): Render => (lang) => `${a(lang)} || ${b(lang)}`),
  ),
  operand: fc.oneof(
    { depthSize: "small" },
    fc.tuple(factArb, fc.constantFrom("==", "!=", "<", "<=", ">", ">="), atomArb).map(([a, op, b]): Render => (lang) => `${a(lang)} ${op} ${b(lang)}`),
    fc.tuple(factArb, fc.boolean(), fc.array(atomArb, { maxLength: 3 })).map(([a, neg, items]): Render => (lang) => `${a(lang)} ${neg ? t("not in", "bukan dalam")(lang) : t("in", "dalam")(lang)} [${items.map((i) => i(lang)).join(", ")}]`),
    factArb.map((a): Render => (lang) => `${a(lang)} =~ /^n_[a-z]+$/i`),
    callArb,
    factArb.map((a): Render => (lang) => `!${a(lang)}`),
    tie("expr").map((e): Render => (lang) => `(${e(lang)})`),
  ),
})).expr;

const prop = (en: string, id: string, value: Render): Render => seq(t(en, id), value);
const names = fc.array(arbName, { minLength: 1, maxLength: 3 }).map((ns) => lit(ns.join(", ")));
const comment = fc.stringMatching(/^[A-Za-z0-9 ]{0,15}$/);

interface Decl { readonly head: Render; readonly props: readonly Render[] }

const resourceKinds: readonly [string, string][] = [["room", "ruang"], ["vehicle", "kendaraan"], ["staff", "staf"], ["volunteer", "relawan"], ["collection", "koleksi"], ["equipment", "peralatan"]];
const arbNeed: fc.Arbitrary<Render> = fc.tuple(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), fc.constantFrom(...resourceKinds), fc.option(arbName, { nil: undefined }), fc.option(fc.oneof(arbName.map((n) => t(`role ${n}`, `peran ${n}`)), arbName.map((n) => t(`skill ${n}`, `keahlian ${n}`)), arbCount.map((n) => t(`capacity >= ${n}`, `kapasitas >= ${n}`))), { nil: undefined }))
  .map(([q, [en, id], name, clause]) => seq(lit(q === undefined ? "" : String(q)), t(en, id), lit(name ?? ""), clause ? seq(t("with", "dengan"), clause) : lit("")));

const decl = (en: string, id: string, props: fc.Arbitrary<Render>[], at = false): fc.Arbitrary<Decl> =>
  fc.tuple(arbName, fc.option(arbName, { nil: undefined }), fc.subarray(props, { minLength: 0 }).chain((ps): fc.Arbitrary<Render[]> => (ps.length === 0 ? fc.constant<Render[]>([]) : fc.tuple(...ps))))
    .map(([name, place, ps]) => ({ head: seq(t(en, id), lit(name), at && place ? seq(t("at", "di"), lit(place)) : lit("")), props: ps }));

/** One declaration of any kind. */
export const arbDeclaration: fc.Arbitrary<Decl> = fc.oneof(
  decl("library", "perpustakaan", [
    arbText.map((s) => prop("name", "nama", lit(s))), fc.constantFrom("kota", "desa").map((s) => prop("tier", "jenjang", lit(s))),
    fc.array(arbText, { minLength: 1, maxLength: 3 }).map((ps) => prop("region", "wilayah", lit(ps.join(" / ")))),
    fc.constant(prop("timezone", "zona_waktu", lit('"Asia/Jakarta"'))), arbName.map((s) => prop("stage", "tahap", lit(s))),
    arbWindows.map((w) => prop("open", "buka", w)), fc.constant(prop("closed", "tutup", t("on public holidays", "pada libur nasional"))),
    fc.constant(prop("open", "buka", t("on collective leave", "pada cuti bersama"))),
    fc.tuple(arbDateOrRange, fc.option(arbText, { nil: undefined })).map(([d, r]) => prop("closed", "tutup", lit(r ? `${d} ${r}` : d))),
  ]),
  decl("room", "ruang", [fc.tuple(arbCount, fc.constantFrom(["", ""], ["books", "buku"], ["people", "orang"])).map(([n, [en, id]]) => prop("capacity", "kapasitas", seq(lit(String(n)), t(en, id)))), names.map((n) => prop("features", "fasilitas", n))], true),
  decl("staff", "staf", [names.map((n) => prop("role", "peran", n)), names.map((n) => prop("skills", "keahlian", n)), arbWindows.map((w) => prop("available", "tersedia", w)), fc.tuple(arbCount, arbPeriod).map(([n, p]) => prop("max", "maks", seq(lit(String(n)), t("hours per", "jam per"), p)))], true),
  decl("collection", "koleksi", [arbCount.map((n) => prop("packages", "paket", lit(String(n)))), arbCount.map((n) => prop("copies", "eksemplar", lit(String(n))))], true),
  decl("budget", "anggaran", [arbMoney.map((m) => prop("amount", "jumlah", lit(m))), fc.oneof(fc.integer({ min: 2019, max: 2030 }).map(String), fc.tuple(arbDate, arbDate).map(([a, b]) => `${a}..${b}`)).map((p) => prop("period", "periode", lit(p))), fc.tuple(arbMoney, arbPeriod).map(([m, p]) => prop("cap", "batas", seq(lit(m), t("per", "per"), p)))], true),
  decl("equipment", "peralatan", [arbCount.map((n) => prop("quantity", "kuantitas", lit(String(n))))], true),
  decl("partner", "mitra", [arbText.map((s) => prop("name", "nama", lit(s))), arbName.map((s) => prop("kind", "jenis", lit(s)))]),
  decl("program", "program", [
    arbText.map((s) => prop("title", "judul", lit(s))), arbName.map((s) => prop("category", "kategori", lit(s))),
    fc.tuple(arbName, fc.option(arbText, { nil: undefined })).map(([g, l]) => prop("audience", "sasaran", lit(l ? `${g} ${l}` : g))),
    arbSchedule.map((s) => prop("schedule", "jadwal", s)), names.map((n) => prop("sites", "lokasi", n)),
    names.map((n) => prop("route", "rute", seq(t("rotating", "bergilir"), n))),
    fc.array(arbNeed, { minLength: 1, maxLength: 3 }).map((ns) => prop("needs", "butuh", list(ns))),
    fc.tuple(arbMoney, fc.constantFrom(["session", "sesi"], ["participant", "peserta"]), fc.option(arbName, { nil: undefined })).map(([m, [en, id], b]) => prop("costs", "biaya", seq(lit(m), t("per", "per"), t(en, id), b ? seq(t("from", "dari"), lit(b)) : lit("")))),
    arbCount.map((n) => prop("participants", "peserta", lit(String(n)))), arbCondition.map((c) => prop("when", "ketika", c)),
    arbName.map((s) => prop("requires stage", "memerlukan tahap", lit(s))),
    fc.tuple(fc.constantFrom(["before", "sebelum"], ["after", "sesudah"]), arbName, fc.option(arbCount, { nil: undefined })).map(([[en, id], p, g]) => prop(en, id, seq(lit(p), g ? seq(t("by", "selang"), lit(String(g)), t("days", "hari")) : lit("")))),
  ]),
  decl("agreement", "kesepakatan", [
    fc.tuple(arbName, arbName).map(([a, b]) => prop("between", "antara", seq(lit(a), t("and", "dan"), lit(b)))),
    fc.tuple(arbDate, arbDate).map(([a, b]) => prop("valid", "berlaku", lit(`${a}..${b}`))), fc.constantFrom("mou", "pks").map((s) => prop("kind", "jenis", lit(s))),
    fc.tuple(fc.constantFrom(["library", "perpustakaan"], ["partner", "mitra"]), arbName, arbPeriod, fc.option(arbText, { nil: undefined })).map(([[en, id], r, p, to]) => seq(t(en, id), t("provides", "menyediakan"), lit(r), t("every", "setiap"), p, to ? seq(t("to", "kepada"), lit(to)) : lit(""))),
    fc.tuple(fc.constantFrom(["library", "perpustakaan"], ["partner", "mitra"]), arbName).map(([[en, id], p]) => seq(t(en, id), t("hosts", "menjadi_tuan_rumah"), lit(p))),
    fc.tuple(fc.constantFrom(["library", "perpustakaan"], ["partner", "mitra"]), arbMoney, fc.option(arbName, { nil: undefined })).map(([[en, id], m, p]) => seq(t(en, id), t("pays", "membayar"), lit(m), p ? seq(t("for", "untuk"), lit(p)) : lit(""))),
    fc.tuple(fc.constantFrom(["at least", "minimal"], ["at most", "maksimal"]), arbCount, arbName, arbPeriod).map(([[en, id], n, p, per]) => seq(t(en, id), lit(String(n)), t("sessions of", "sesi"), lit(p), t("per", "per"), per)),
    arbCondition.map((c) => prop("when", "ketika", c)),
  ]),
  decl("rule", "aturan", [arbCondition.map((c) => prop("when", "ketika", c)), fc.tuple(fc.constantFrom(["forbid", "larang"], ["require", "wajib"], ["warn", "peringatkan"]), arbText).map(([[en, id], m]) => prop("then", "maka", seq(t(en, id), lit(m))))]),
  decl("kpi", "kpi", [fc.tuple(arbName, arbCount, arbCount, arbPeriod, fc.boolean()).map(([n, wgt, tg, p, th]) => prop("indicator", "indikator", seq(lit(n), t("weight", "bobot"), lit(String(wgt)), t("target", "target"), lit(String(tg)), t("per", "per"), p, th ? t("threshold", "ambang") : lit(""))))]),
);

/** A workspace file as a language-independent model: render it in any language. */
export interface SourceModel {
  /** The text in one language; `mixed` picks per declaration from `mix`. */
  render(lang: SourceLanguage): string;
}

/** A model of a whole file: imports, horizon, declarations, comments and varied spacing. */
export const arbSourceModel: fc.Arbitrary<SourceModel> = fc.record({
  imports: fc.array(arbName.map((n) => `"./${n}.lontar"`), { maxLength: 2 }),
  horizon: fc.option(fc.tuple(arbDate, arbDate), { nil: undefined }),
  decls: fc.array(fc.record({ decl: arbDeclaration, doc: fc.option(comment, { nil: undefined }), note: fc.option(comment, { nil: undefined }), oneLine: fc.boolean(), idInMix: fc.boolean() }), { maxLength: 5 }),
}).map(({ imports, horizon, decls }) => ({
  render(lang: SourceLanguage): string {
    const base: L = lang === "id" ? "id" : "en";
    const out: string[] = imports.map((p) => `${t("import", "impor")(base)} ${p}`);
    if (horizon) out.push(`${t("horizon", "cakrawala")(base)} ${horizon[0]}..${horizon[1]}`);
    for (const d of decls) {
      const l: L = lang === "mixed" ? (d.idInMix ? "id" : "en") : base;
      if (d.doc !== undefined) out.push(`/// ${d.doc}`);
      const props = d.decl.props.map((p) => p(l));
      const sep = d.oneLine ? "  " : "\n  ";
      const note = d.note !== undefined && props.length > 0 && !d.oneLine ? ` // ${d.note}` : "";
      out.push(`${d.decl.head(l)} {${props.length > 0 ? sep : ""}${props.join(sep)}${note}${props.length > 0 && !d.oneLine ? "\n" : " "}}`);
    }
    return `${out.join("\n")}\n`;
  },
}));

/** Valid source text for a whole file, in one keyword set or mixed. */
export function arbWorkspaceSource(options: { readonly lang: SourceLanguage } = { lang: "mixed" }): fc.Arbitrary<string> {
  return arbSourceModel.map((m) => m.render(options.lang));
}
