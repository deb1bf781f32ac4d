/** Builders and the properties several declaration kinds share (name, description, region…). */
import type { DeclarationKind } from "../syntax/ast.js";
import type { Bilingual, KeywordSpelling, PropertySpec, ValueSet, ValueShapeName } from "./shapes.js";

/** A keyword with its token and spellings, canonical first. */
export function keyword(token: string, en: readonly string[], id: readonly string[]): KeywordSpelling {
  return { token, en, id };
}

/** Options of {@link property} beyond key, keyword, shape and documentation. */
interface PropertyOptions {
  readonly required?: boolean;
  readonly repeatable?: boolean;
  readonly values?: ValueSet;
  readonly references?: readonly DeclarationKind[];
  readonly written?: Bilingual;
  readonly example?: Bilingual;
  /** Core fields set; defaults to the key. */
  readonly fields?: readonly string[];
}

/** One property entry of the table. */
export function property(key: string, kw: KeywordSpelling, shape: ValueShapeName, doc: Bilingual, options: PropertyOptions = {}): PropertySpec {
  return {
    key,
    keyword: kw,
    shape,
    required: options.required ?? false,
    repeatable: options.repeatable ?? false,
    doc,
    fields: options.fields ?? [key],
    ...(options.values === undefined ? {} : { values: options.values }),
    ...(options.references === undefined ? {} : { references: options.references }),
    ...(options.written === undefined ? {} : { written: options.written }),
    ...(options.example === undefined ? {} : { example: options.example }),
  };
}

/** The same property, required in this declaration kind. */
export function required(spec: PropertySpec): PropertySpec {
  return { ...spec, required: true };
}

/** The same property with other documentation, values or core fields in this declaration kind. */
export function adapt(spec: PropertySpec, changes: Partial<Pick<PropertySpec, "doc" | "values" | "fields" | "required" | "example">>): PropertySpec {
  return { ...spec, ...changes };
}

/** `name "…"`: the display name. */
export const NAME = property("name", keyword("NameKw", ["name"], ["nama"]), "text", {
  en: "The display name; the identifier when absent.",
  id: "Nama tampilan; bila tidak ada, pengenalnya.",
});

/** `description "…"`: a free description. */
export const DESCRIPTION = property("description", keyword("Description", ["description"], ["deskripsi", "keterangan"]), "text", {
  en: "A free description, shown in plans and reports.",
  id: "Keterangan bebas, tampil di rencana dan laporan.",
}, { example: { en: '"A storytelling contest for primary pupils"', id: '"Lomba bercerita bagi siswa SD/MI"' } });

/** `region "Province" / "Regency"`. */
export const REGION = property("region", keyword("Region", ["region"], ["wilayah"]), "region", {
  en: "Where it is: province, then regency or city, district and village as known.",
  id: "Letaknya: provinsi, lalu kabupaten atau kota, kecamatan dan desa bila diketahui.",
});

/** `features a, b`. */
export const FEATURES = property("features", keyword("Features", ["features", "feature"], ["fasilitas"]), "names", {
  en: "Features a need may ask for (`room with projector`).",
  id: "Fasilitas yang dapat diminta kebutuhan (`ruang dengan proyektor`).",
});

/** `when <condition>`. */
export const WHEN = property("when", keyword("When", ["when"], ["ketika", "jika"]), "condition", {
  en: "A condition (VS Code when-clause syntax).",
  id: "Kondisi (sintaks when-clause VS Code).",
});

/** Core fields every declaration sets without a property. */
export const DECLARATION_IMPLICIT = {
  id: { en: "the declaration's name", id: "nama deklarasi" },
  source: { en: "the declaration's position in its file", id: "letak deklarasi dalam berkasnya" },
} as const;

/** Core fields every resource declaration sets without a property. */
export const RESOURCE_IMPLICIT = {
  ...DECLARATION_IMPLICIT,
  kind: { en: "the declaration keyword (room, staff…)", id: "kata kunci deklarasi (ruang, staf…)" },
  library: { en: "`at <library>` after the name", id: "`di <perpustakaan>` setelah nama" },
} as const;
