import { fillSlots } from "./text.js";

/**
 * Why a session could not be placed, in the reader's words, Bahasa Indonesia and English:
 * one group title, reason and (where one is certain) fix per cause the planner records
 * (see unplaced-reason.ts). `{name}` slots are filled with names, never ids.
 */
export const REASON_WORDS = {
  titleRoomTooSmall: { id: "Tidak ada ruang yang cukup besar dan kosong", en: "No room large enough is free" },
  titleNoRoomFree: { id: "Tidak ada ruang yang kosong", en: "No room is free" },
  titleBusy: { id: "Tidak ada {kind} yang tersedia", en: "No {kind} is free" },
  titleNoneDeclared: { id: "Belum ada {kind} yang dicatat", en: "No {kind} is declared" },
  titleNoneFits: { id: "Tidak ada {kind} yang memenuhi kebutuhan", en: "No {kind} meets the need" },
  titleMissing: { id: "Sumber daya yang diminta belum dicatat", en: "A resource asked for is not declared" },
  titleNeedsClash: { id: "Kebutuhannya tidak tersedia bersamaan", en: "Its needs are not free together" },
  titleBudget: { id: "Anggaran tidak mencukupi", en: "The budget runs out" },
  titleOther: { id: "Sebab lain", en: "Other causes" },
  roomTooSmall: { id: "{registrants} pendaftar; ruang terbesar yang kosong saat itu, {room}, memuat {capacity} orang.", en: "{registrants} registrants; the largest room free then, {room}, holds {capacity}." },
  roomFix: {
    id: "Dengan paling banyak {capacity} pendaftar, {room} dapat dipakai; atau kosongkan ruang untuk {registrants} orang pada waktu itu.",
    en: "With at most {capacity} registrants, {room} could hold the session; or free a room for {registrants} at that time.",
  },
  noRoomFree: { id: "{registrants} pendaftar; tidak ada ruang yang kosong saat itu.", en: "{registrants} registrants; no room is free then." },
  busy: { id: "Semua {kind} yang sesuai terpakai saat itu: {details}.", en: "Every {kind} that fits is taken then: {details}." },
  unavailable: { id: "Tidak satu pun {kind} yang sesuai tersedia saat itu: {details}.", en: "No {kind} that fits is available then: {details}." },
  busyOrUnavailable: { id: "Setiap {kind} yang sesuai terpakai atau tidak tersedia saat itu: {details}.", en: "Every {kind} that fits is taken or not available then: {details}." },
  moreCandidates: { id: " (dan {count} lainnya)", en: " (and {count} more)" },
  candidateUnavailable: { id: "{name} tidak tersedia saat itu", en: "{name} is not available then" },
  candidateUnavailableHours: { id: "{name} tidak tersedia saat itu (hanya {hours})", en: "{name} is not available then (only {hours})" },
  candidatesUnavailableHours: { id: "{names} tidak tersedia saat itu (masing-masing hanya {hours})", en: "{names} are not available then (each only {hours})" },
  candidateNoHours: { id: "{name} tidak punya jam tersisa pada {period} itu (paling banyak {hours} jam)", en: "{name} has no hours left that {period} (at most {hours} h)" },
  candidateLongerThanCap: { id: "{name} bekerja paling banyak {hours} jam per {period}, kurang dari sesi ini yang {session} jam", en: "{name} works at most {hours} h a {period}, less than the session's {session} h" },
  candidateClosed: { id: "{name} milik perpustakaan yang tutup saat itu", en: "{name} belongs to a library closed then" },
  candidateUsed: { id: "{name} terpakai penuh saat itu", en: "{name} is fully used then" },
  candidateBooked: { id: "{name} sudah dipakai untuk {session}", en: "{name} is booked for {session}" },
  candidateBookedUnknown: { id: "{name} sudah dipakai kegiatan lain", en: "{name} is booked for another session" },
  candidateSameSession: { id: "{name} sudah ditugaskan untuk kebutuhan lain dari kegiatan ini", en: "{name} is already assigned to another of this session's needs" },
  candidateClosedGap: { id: "{name} tidak dapat dipakai: {gap}", en: "{name} cannot be used: {gap}" },
  noneDeclared: { id: "Ruang kerja belum mencatat {kind} apa pun.", en: "The workspace declares no {kind}." },
  lacksRole: { id: "Tidak ada {kind} dengan peran “{role}”.", en: "No {kind} has the role “{role}”." },
  lacksSkill: { id: "Tidak ada {kind} dengan keahlian “{skill}”.", en: "No {kind} has the skill “{skill}”." },
  lacksFeatures: { id: "Tidak ada {kind} yang memiliki {features}.", en: "No {kind} has {features}." },
  tooFewSeats: { id: "Tidak ada ruang yang memuat {wanted} orang; yang terbesar memuat {largest}.", en: "No room holds {wanted} people; the largest holds {largest}." },
  tooFewBooks: { id: "Tidak ada kendaraan yang memuat {wanted} buku; yang terbesar memuat {largest}.", en: "No vehicle carries {wanted} books; the largest carries {largest}." },
  tooFewPackages: { id: "Tidak ada paket koleksi dengan {wanted} paket; yang terbanyak punya {largest}.", en: "No collection has {wanted} packages; the largest has {largest}." },
  tooFewUnits: { id: "Tidak ada peralatan dengan {wanted} unit; yang terbanyak punya {largest}.", en: "No equipment has {wanted} units; the most is {largest}." },
  noneFits: { id: "Tidak ada {kind} yang memenuhi kebutuhan kegiatan ini.", en: "No {kind} meets what the program needs." },
  missing: { id: "Kegiatan ini meminta “{resource}”, yang belum dicatat di ruang kerja.", en: "The program asks for “{resource}”, which the workspace does not declare." },
  needsClash: { id: "Tiap kebutuhannya dapat dipenuhi sendiri-sendiri, tetapi tidak semuanya sekaligus saat itu.", en: "Each of its needs can be met on its own, but not all of them at the same time then." },
  budgetAmount: { id: "{budget} ({amount}) akan terpakai sampai {total} dengan sesi ini.", en: "{budget} ({amount}) would reach {total} with this session." },
  budgetAmountFix: { id: "Naikkan pagu {budget} menjadi paling sedikit {total}.", en: "Raise {budget} to at least {total}." },
  budgetAmountAndCapFix: {
    id: "Naikkan pagu {budget} menjadi paling sedikit {total}, dan batasnya menjadi paling sedikit {cap} per {period}.",
    en: "Raise {budget} to at least {total}, and its cap to at least {cap} per {period}.",
  },
  budgetCap: { id: "Batas {budget} sebesar {cap} per {period} akan terlampaui: {total}.", en: "The cap of {budget}, {cap} per {period}, would be passed: {total}." },
  budgetCapFix: { id: "Naikkan batas {budget} menjadi paling sedikit {total} per {period}.", en: "Raise the cap of {budget} to at least {total} per {period}." },
  budgetCapAndAmountFix: {
    id: "Naikkan batas {budget} menjadi paling sedikit {total} per {period}, dan pagunya menjadi paling sedikit {amount}.",
    en: "Raise the cap of {budget} to at least {total} per {period}, and the budget to at least {amount}.",
  },
  noReason: { id: "Tidak ada alasan yang tercatat.", en: "No reason was recorded." },
  openClosedDay: { id: "{library} tutup pada hari {weekday}", en: "{library} is closed on {weekday}" },
  openClosesBefore: { id: "{library} tutup pukul {closes}, padahal kegiatan selesai pukul {end}", en: "{library} closes at {closes}, and the session ends at {end}" },
  openClosesBeforeLaterDay: { id: "{library} tutup pukul {closes}, padahal kegiatan baru selesai pada {end}", en: "{library} closes at {closes}, and the session does not end until {end}" },
  openOpensAfter: { id: "{library} baru buka pukul {opens}, padahal kegiatan mulai pukul {start}", en: "{library} opens at {opens}, and the session starts at {start}" },
  openOutside: { id: "{library} hanya buka {hours} pada hari itu", en: "{library} is open only {hours} that day" },
  openUnknown: { id: "{library} tutup saat itu", en: "{library} is closed then" },
  violationDoubleBooking: { id: "{resource} dipesan dua kali pada waktu yang sama", en: "{resource} is booked twice at the same time" },
  violationSameProgramAtOnce: { id: "{program} punya sesi lain pada waktu yang sama", en: "{program} has another session at the same time" },
  violationPooledCapacity: { id: "{resource} dipakai melebihi jumlah yang ada", en: "more of {resource} is in use than exists" },
  violationWeeklyHours: { id: "{resource} bekerja melebihi jam mingguannya", en: "{resource} works more than its weekly hours" },
  violationPeriodHours: { id: "{resource} bekerja melebihi batas jamnya dalam satu periode", en: "{resource} works more than its hours for a period" },
  violationTravelBuffer: { id: "{resource} tidak punya cukup waktu untuk berpindah tempat", en: "{resource} has too little time to travel between sites" },
  violationPreferred: { id: "{resource} dipakai, bukan yang diutamakan", en: "{resource} is used instead of the preferred one" },
  violationRule: { id: "aturan {rule}: {message}", en: "rule {rule}: {message}" },
  violationFlexibleShort: {
    id: "{program}, {from} – {to}: hanya ada waktu luang untuk {slots} dari {count} sesinya (hari libur, hari tutup atau jendela yang sempit)",
    en: "{program}, {from} – {to}: time free for only {slots} of its {count} sessions (holidays, closures or narrow windows)",
  },
  moreViolations: { id: "… dan {count} lainnya", en: "… and {count} more" },
  cancelledStage: { id: "Dibatalkan: kegiatan ini memerlukan tahap TPBIS {stage}; {library} berada pada tahap {current}.", en: "Cancelled: the program needs TPBIS stage {stage}; {library} is at {current}." },
  cancelledNoStage: { id: "Dibatalkan: kegiatan ini memerlukan tahap TPBIS {stage}; {library} belum mencatat tahap TPBIS.", en: "Cancelled: the program needs TPBIS stage {stage}; {library} declares no stage." },
  cancelledGate: { id: "Dibatalkan: syarat kegiatan ini tidak terpenuhi di {library}.", en: "Cancelled: the program's condition does not hold at {library}." },
  cancelledRule: { id: "Dibatalkan oleh aturan {rule}: {message}", en: "Cancelled by rule {rule}: {message}" },
  cancelledHoliday: { id: "Dibatalkan: hari libur, {name}.", en: "Cancelled: public holiday, {name}." },
  cancelledHolidayEstimated: {
    id: "Dibatalkan: hari libur (perkiraan, karena SKB {year} belum ada di data Lontar), {name}.",
    en: "Cancelled: public holiday (an estimate, as no decree of {year} is in Lontar's data yet), {name}.",
  },
  cancelledClosure: { id: "Dibatalkan: perpustakaan tutup, {name}.", en: "Cancelled: the library is closed, {name}." },
  cancelledClosed: { id: "Dibatalkan: perpustakaan tutup.", en: "Cancelled: the library is closed." },
  cancelledSiteClosure: { id: "Dibatalkan: {library} tutup, {name}.", en: "Cancelled: {library} is closed, {name}." },
  cancelledSiteClosed: { id: "Dibatalkan: {library} tutup.", en: "Cancelled: {library} is closed." },
  cancelledSiteHoliday: { id: "Dibatalkan: {library} tutup pada hari libur, {name}.", en: "Cancelled: {library} is closed on the public holiday, {name}." },
  cancelledException: { id: "Dibatalkan: tanggal ini dikecualikan dari jadwalnya.", en: "Cancelled: the date is excepted from its schedule." },
  precedence: {
    id: "{earlier} harus selesai {gap} sebelum {later} dimulai, tetapi sesi terakhirnya selesai {end} dan {later} dimulai {start} ({distance}).",
    en: "{earlier} must end {gap} before {later} starts, but its last session ends {end} and {later} starts {start} ({distance}).",
  },
  precedenceNoGap: {
    id: "{earlier} harus selesai sebelum {later} dimulai, tetapi sesi terakhirnya selesai {end} dan {later} dimulai {start} ({distance}).",
    en: "{earlier} must end before {later} starts, but its last session ends {end} and {later} starts {start} ({distance}).",
  },
  days: { id: "{count} hari", en: "{count} days" },
  oneDay: { id: "1 hari", en: "1 day" },
  distanceLater: { id: "{days} kemudian", en: "{days} later" },
  distanceLessThan: { id: "kurang dari {days} kemudian", en: "less than {days} later" },
  distanceSameDay: { id: "pada hari yang sama", en: "the same day" },
  distanceEarlier: { id: "{days} lebih awal", en: "{days} earlier" },
  distanceBeforeEnd: { id: "sebelum sesi itu selesai", en: "before it ends" },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

/** A key of {@link REASON_WORDS}. */
export type ReasonWord = keyof typeof REASON_WORDS;

/**
 * A reason word in `language`, with `{name}` slots filled from `values`.
 *
 * @example reasonWord("titleBusy", "en", { kind: "vehicle" }) // "No vehicle is free"
 */
export function reasonWord(key: ReasonWord, language: "id" | "en", values: Readonly<Record<string, string | number>> = {}): string {
  return fillSlots(REASON_WORDS[key][language], values);
}
