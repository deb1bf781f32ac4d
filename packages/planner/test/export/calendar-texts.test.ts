/**
 * The report's calendar speaks the report's language in every word event-calendar shows:
 * its previous and next buttons' hints (`title`, read aloud by screen readers) said
 * "Previous month" and "Next month" in a Bahasa Indonesia report, and the week view's
 * all-day row (holidays, closures) said "all-day" (found by the outputs walk).
 */
import { type Calendar, DayGrid, List, TimeGrid } from "@event-calendar/core";
import { describe, expect, it } from "vitest";
import { calendarTexts, CALENDAR_VIEWS } from "../../src/export/html/browser/calendar-texts.js";

type ButtonText = Record<string, string>;
type Texts = (text: ButtonText) => ButtonText;

/** event-calendar's own options for our plugins: its English defaults. */
function libraryDefaults(): { buttonText: ButtonText; views: Record<string, { buttonText?: Texts }>; allDayContent?: unknown; noEventsContent?: unknown } {
  const options = { buttonText: { today: "today" }, theme: {}, views: {} };
  for (const plugin of [DayGrid, TimeGrid, List] as unknown as { createOptions(o: object): void }[]) plugin.createOptions(options);
  return options;
}

/** A view's button texts as event-calendar merges them: its defaults, the view's defaults, our options, our view's options. */
function shownButtonText(language: "id" | "en", view: (typeof CALENDAR_VIEWS)[number]): ButtonText {
  const defaults = libraryDefaults();
  const ours = calendarTexts(language);
  const viewDefault = defaults.views[view]?.buttonText ?? ((t: ButtonText) => t);
  const ourView = (ours.views[view] as { buttonText?: Texts } | undefined)?.buttonText ?? ((t: ButtonText) => t);
  return ourView((ours.buttonText as Texts)(viewDefault({ ...defaults.buttonText })));
}

const ENGLISH = /\b(previous|next|month|week|day|year|today|list|close|all-day|events?)\b/i;

describe("the report calendar's own words", () => {
  it.each(CALENDAR_VIEWS)("are Bahasa Indonesia in a Bahasa Indonesia report (%s view: buttons and their hints)", (view) => {
    const text = shownButtonText("id", view);
    for (const key of ["prev", "next", ...CALENDAR_VIEWS]) {
      expect(text[key], key).toBeDefined();
      expect(text[key], key).not.toMatch(ENGLISH);
    }
  });

  it("name the period each view moves by, in both languages", () => {
    expect(shownButtonText("id", "dayGridMonth")).toMatchObject({ prev: "Bulan sebelumnya", next: "Bulan berikutnya" });
    expect(shownButtonText("id", "timeGridWeek")).toMatchObject({ prev: "Minggu sebelumnya", next: "Minggu berikutnya" });
    expect(shownButtonText("id", "listMonth")).toMatchObject({ prev: "Bulan sebelumnya", next: "Bulan berikutnya" });
    expect(shownButtonText("en", "timeGridWeek")).toMatchObject({ prev: "Previous week", next: "Next week", dayGridMonth: "Month" });
  });

  it("label the week view's all-day row and an empty list in the report's language", () => {
    const id: Partial<Calendar.Options> = calendarTexts("id");
    expect(id.allDayContent).toBe("Sepanjang hari");
    expect(id.noEventsContent).toBe("Tidak ada kegiatan.");
    const en: Partial<Calendar.Options> = calendarTexts("en");
    expect(en.allDayContent).toBe("All day");
    // The library's defaults these replace.
    const defaults = libraryDefaults();
    expect(defaults.noEventsContent).toBe("No events");
  });
});
