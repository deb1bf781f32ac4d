/// <reference lib="dom" />
import type { ReportData } from "../report-model.js";
import { renderReport } from "./render-report.js";

// The page's script: the plan's data is the JSON in #lontar-report-data; the calendar goes into #calendar.
const source = document.getElementById("lontar-report-data");
const container = document.getElementById("calendar-view");
if (source !== null && container !== null) {
  renderReport(JSON.parse(source.textContent ?? "{}") as ReportData, container);
  container.removeAttribute("data-loading");
}
