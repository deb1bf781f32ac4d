import { z } from "zod";
import { Identifier } from "../primitives/identifier.js";
import { labelledEnum } from "../primitives/labels.js";
import { SourceSpan } from "../primitives/source-span.js";
import { RegionPath } from "../library/library.js";

/** Labels of partner kinds. */
export const partnerKindLabels = {
  school: { id: "Sekolah", en: "School" },
  madrasah: { id: "Madrasah", en: "Madrasah" },
  islamic_boarding_school: { id: "Pondok pesantren", en: "Islamic boarding school (pesantren)" },
  university: { id: "Perguruan tinggi", en: "University" },
  government_agency: { id: "Organisasi perangkat daerah (OPD)", en: "Government agency (OPD)" },
  ngo: { id: "Lembaga swadaya masyarakat", en: "NGO" },
  community_group: { id: "Komunitas", en: "Community group" },
  customary_institution: { id: "Lembaga adat", en: "Customary institution" },
  religious_institution: { id: "Lembaga keagamaan", en: "Religious institution" },
  pkk: { id: "PKK", en: "PKK (family welfare movement)" },
  business: { id: "Dunia usaha", en: "Business" },
  media: { id: "Media", en: "Media" },
  technology_institution: { id: "Lembaga teknologi", en: "Technology institution" },
  library: { id: "Perpustakaan lain", en: "Another library" },
} as const;
/** The kind of a partner. Customary institutions include Ninik Mamak and Bundo Kanduang; an Islamic boarding school is a pondok pesantren; a religious institution is a parish, a synod, a mosque's or a temple's community. */
export const PartnerKind = labelledEnum(partnerKindLabels, "The kind of a partner.");
/** See {@link PartnerKind}. */
export type PartnerKind = z.infer<typeof PartnerKind>;

/** How to reach a partner. */
export const Contact = z
  .object({
    person: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    address: z.string().optional(),
  })
  .describe("A contact.");
/** See {@link Contact}. */
export type Contact = z.infer<typeof Contact>;

/** A partner of a library: a school, an agency, a community, a customary institution… */
export const Partner = z
  .object({
    id: Identifier,
    name: z.string().min(1),
    kind: PartnerKind,
    region: RegionPath.optional(),
    contact: Contact.optional(),
    source: SourceSpan.optional(),
  })
  .describe("A partner.");
/** See {@link Partner}. */
export type Partner = z.infer<typeof Partner>;
