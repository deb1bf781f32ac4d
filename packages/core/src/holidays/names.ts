/**
 * The names of Indonesia's decreed holidays, in Bahasa Indonesia as the decrees write them
 * and in English, and the two constructors the year tables are written with. The names
 * follow each year's nomenclature: "Isa Al Masih" until 2024, "Yesus Kristus" after
 * Keppres 8/2024 (the 2025 SKB onwards); "Hari Raya Nyepi" in 2019, "Hari Suci Nyepi" after.
 */
import type { DecreedHoliday, HolidayName } from "./schema.js";

const name = (id: string, en: string): HolidayName => ({ id, en });

/** A national holiday on `date`. */
export function national(date: string, holiday: HolidayName, by?: string): DecreedHoliday {
  return { date, kind: "national", name: holiday, ...(by === undefined ? {} : { by }) };
}

/** A cuti bersama day on `date`, named after the holiday it goes with. */
export function leave(date: string, holiday: HolidayName, by?: string): DecreedHoliday {
  return { date, kind: "collective_leave", name: name(`Cuti bersama ${holiday.id}`, `Collective leave: ${holiday.en}`), ...(by === undefined ? {} : { by }) };
}

/** Tahun Baru Masehi. */
export const newYear = (year: number): HolidayName => name(`Tahun Baru ${year} Masehi`, `New Year's Day ${year}`);
/** Tahun Baru Imlek, with its Kongzili year. */
export const lunarNewYear = (kongzili: number): HolidayName => name(`Tahun Baru Imlek ${kongzili} Kongzili`, `Chinese New Year ${kongzili}`);
/** Nyepi, with its Saka year; `raya` for the 2019 wording "Hari Raya Nyepi". */
export const nyepi = (saka: number, wording: "suci" | "raya" = "suci"): HolidayName =>
  name(`Hari ${wording === "suci" ? "Suci" : "Raya"} Nyepi Tahun Baru Saka ${saka}`, `Nyepi, Saka New Year ${saka}`);
/** Isra Mikraj Nabi Muhammad SAW. */
export const israMiraj = name("Isra Mikraj Nabi Muhammad SAW", "Isra Mi'raj of the Prophet Muhammad");
/** Good Friday in the wording of the years up to 2024. */
export const goodFridayIsa = name("Wafat Isa Al Masih", "Good Friday");
/** Good Friday in the wording of Keppres 8/2024 (2025 onwards). */
export const goodFridayYesus = name("Wafat Yesus Kristus", "Good Friday");
/** Easter Sunday, a national holiday from 2024: `hari` for the 2024 wording "Hari Paskah". */
export const easter = (wording: "hari" | "kebangkitan"): HolidayName =>
  name(wording === "hari" ? "Hari Paskah" : "Kebangkitan Yesus Kristus (Paskah)", "Easter Sunday");
/** Hari Buruh Internasional. */
export const labourDay = name("Hari Buruh Internasional", "International Labour Day");
/** Hari Raya Waisak, with its Buddhist Era year. */
export const vesak = (be: number): HolidayName => name(`Hari Raya Waisak ${be} BE`, `Vesak Day ${be} BE`);
/** Ascension Day in the wording of the years up to 2024. */
export const ascensionIsa = name("Kenaikan Isa Al Masih", "Ascension Day");
/** Ascension Day in the wording of Keppres 8/2024 (2025 onwards). */
export const ascensionYesus = name("Kenaikan Yesus Kristus", "Ascension Day");
/** Hari Lahir Pancasila. */
export const pancasila = name("Hari Lahir Pancasila", "Pancasila Day");
/** Idul Fitri, with its Hijri year. */
export const eidAlFitr = (hijri: number): HolidayName => name(`Hari Raya Idul Fitri ${hijri} Hijriah`, `Eid al-Fitr ${hijri} AH`);
/** Idul Adha, with its Hijri year. */
export const eidAlAdha = (hijri: number): HolidayName => name(`Hari Raya Idul Adha ${hijri} Hijriah`, `Eid al-Adha ${hijri} AH`);
/** Tahun Baru Islam (1 Muharam), with its Hijri year. */
export const islamicNewYear = (hijri: number): HolidayName => name(`Tahun Baru Islam ${hijri} Hijriah`, `Islamic New Year ${hijri} AH`);
/** Hari Kemerdekaan (Proklamasi Kemerdekaan) Republik Indonesia, 17 August. */
export const independenceDay = name("Hari Kemerdekaan Republik Indonesia", "Independence Day");
/** Maulid Nabi Muhammad SAW. */
export const mawlid = name("Maulid Nabi Muhammad SAW", "Mawlid of the Prophet Muhammad");
/** Christmas in the wording of the years up to 2024. */
export const christmasNatal = name("Hari Raya Natal", "Christmas Day");
/** Christmas in the wording of Keppres 8/2024 (2025 onwards). */
export const christmasYesus = name("Kelahiran Yesus Kristus", "Christmas Day");
/** The polling day of the general election (pemilihan umum) of `year`. */
export const electionDay = (year: number): HolidayName => name(`Hari pemungutan suara Pemilihan Umum ${year}`, `General election day ${year}`);
/** The polling day of the simultaneous regional elections (pilkada serentak) of `year`. */
export const regionalElectionDay = (year: number): HolidayName =>
  name(`Hari pemungutan suara Pemilihan Gubernur, Bupati dan Wali Kota ${year}`, `Regional elections day ${year}`);

/**
 * The name, in the wording of the latest decrees, of a holiday that date-holidays computes
 * for Indonesia in a year without a decree, by its rule (`27 Rajab`, `easter -2`) or, for
 * the days it lists by date (Nyepi, Waisak), by its Indonesian name there; undefined for
 * the rest, whose names are kept. date-holidays names 27 Rajab (Isra Mikraj) "Maulid Nabi
 * Muhammad", the name of 12 Rabiulawal.
 *
 * @example estimatedHolidayName("27 Rajab", "Maulid Nabi Muhammad", 2027)?.id // "Isra Mikraj Nabi Muhammad SAW"
 */
export function estimatedHolidayName(rule: string, name: string, year: number): HolidayName | undefined {
  switch (rule) {
    case "01-01": return newYear(year);
    case "27 Rajab": return israMiraj;
    case "chinese 01-0-01": return lunarNewYear(year + 551);
    case "easter -2": return goodFridayYesus;
    case "05-01": return labourDay;
    case "easter 39": return ascensionYesus;
    case "06-01": return pancasila;
    case "12 Rabi al-awwal": return mawlid;
    case "08-17": return independenceDay;
    case "12-25": return christmasYesus;
  }
  if (/^Hari Raya Nyepi/.test(name)) return nyepi(year - 78);
  if (/^Hari Raya Waisak/.test(name)) return vesak(year + 544);
  return undefined;
}

/** Easter Sunday in the wording of the 2025 decree onwards, for years without a decree (date-holidays lacks it). */
export const estimatedEaster: HolidayName = easter("kebangkitan");
