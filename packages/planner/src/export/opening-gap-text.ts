import { labelOf, weekdayLabels, type Language } from "@lontar/core";
import { localEnd, type OpeningGap } from "../calendar/opening-gap.js";
import { reasonWord } from "./reason-words.js";

/**
 * How a session falls outside its library's opening hours, in `language`, with the
 * library by `library` (its name): "Perpustakaan Kota tutup pukul 11:30, padahal kegiatan
 * selesai pukul 12:00" (a session past midnight: "… baru selesai pada 2027-02-03 15:00"),
 * "… is closed on Sunday".
 *
 * @example openingGapText(gap, "Perpustakaan Kota", "en") // "Perpustakaan Kota closes at 15:30, and the session ends at 16:00"
 */
export function openingGapText(gap: OpeningGap, library: string, language: Language): string {
  switch (gap.kind) {
    case "closedDay":
      return reasonWord("openClosedDay", language, { library, weekday: labelOf(weekdayLabels, gap.session.weekday, language) });
    case "closesBefore":
      // A session past midnight: its end with its date, in words that fit a date.
      return gap.session.endDate === gap.session.date
        ? reasonWord("openClosesBefore", language, { library, closes: gap.closes, end: gap.session.end })
        : reasonWord("openClosesBeforeLaterDay", language, { library, closes: gap.closes, end: localEnd(gap.session) });
    case "opensAfter":
      return reasonWord("openOpensAfter", language, { library, opens: gap.opens, start: gap.session.start });
    case "outside":
      return reasonWord("openOutside", language, { library, hours: gap.hours.map((h) => `${h.start}–${h.end}`).join(", ") });
  }
}
