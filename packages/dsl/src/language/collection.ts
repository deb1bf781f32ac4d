/** `collection` / `koleksi`: collection packages lent out. */
import { NAME, RESOURCE_IMPLICIT, keyword, property } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `collection` declaration. */
export const COLLECTION: DeclarationSpec = {
  kind: "collection",
  keyword: keyword("Collection", ["collection", "collections"], ["koleksi"]),
  doc: { en: "Collection packages lent out: so many packages at once, each of so many books.", id: "Paket koleksi yang dipinjamkan: sekian paket sekaligus, masing-masing sekian buku." },
  implicitFields: RESOURCE_IMPLICIT,
  properties: [
    NAME,
    property("packages", keyword("Packages", ["packages"], ["paket"]), "count", { en: "How many packages can be out at once.", id: "Jumlah paket yang dapat dipinjam sekaligus." }, { required: true }),
    property("copies", keyword("Copies", ["copies"], ["eksemplar"]), "count", { en: "Books in each package.", id: "Jumlah buku tiap paket." }, { required: true, fields: ["copiesPerPackage"] }),
  ],
};
