/** `room` / `ruang`: an exclusive place with a capacity in people and features. */
import { FEATURES, NAME, RESOURCE_IMPLICIT, keyword } from "./common.js";
import { CAPACITY } from "./resource-properties.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `room` declaration. */
export const ROOM: DeclarationSpec = {
  kind: "room",
  keyword: keyword("Room", ["room", "rooms"], ["ruang", "ruangan"]),
  doc: { en: "A room: one event at a time, with a capacity in people and features.", id: "Ruang: satu kegiatan sekaligus, dengan kapasitas orang dan fasilitas." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [NAME, CAPACITY, FEATURES],
};
