/** `vehicle` / `kendaraan`: a mobile library or another vehicle carrying books. */
import { NAME, RESOURCE_IMPLICIT, adapt, keyword } from "./common.js";
import { CAPACITY } from "./resource-properties.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `vehicle` declaration. */
export const VEHICLE: DeclarationSpec = {
  kind: "vehicle",
  keyword: keyword("Vehicle", ["vehicle", "vehicles"], ["kendaraan"]),
  doc: { en: "A vehicle, such as a mobile library: one trip at a time, carrying books.", id: "Kendaraan, misalnya perpustakaan keliling: satu perjalanan sekaligus, membawa buku." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [NAME, adapt(CAPACITY, { doc: { en: "How many books it carries (`600 books`).", id: "Jumlah buku yang dapat dibawa (`600 buku`)." }, fields: ["capacityBooks"] })],
};
