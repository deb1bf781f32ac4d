/** `rule` / `aturan`: a rule over occurrences. */
import { DECLARATION_IMPLICIT, WHEN, adapt, keyword, property, required } from "./common.js";
import type { DeclarationSpec } from "./shapes.js";

/** The `rule` declaration. */
export const RULE: DeclarationSpec = {
  kind: "rule",
  keyword: keyword("Rule", ["rule"], ["aturan"]),
  doc: { en: "A rule over occurrences: forbid, require or warn when a condition holds.", id: "Aturan atas pelaksanaan: larang, wajibkan atau peringatkan bila kondisi terpenuhi." },
  implicitFields: DECLARATION_IMPLICIT,
  properties: [
    required(adapt(WHEN, { doc: { en: "The condition over each occurrence.", id: "Kondisi atas tiap pelaksanaan." } })),
    property("scope", keyword("Scope", ["scope"], ["cakupan"]), "condition", {
      en: "For `require`: which occurrences the rule applies to; all when absent.",
      id: "Untuk `wajib`: pelaksanaan mana yang dikenai aturan; semuanya bila tidak ada.",
    }),
    property("then", keyword("Then", ["then"], ["maka"]), "effect", {
      en: "What happens: `forbid`, `require` or `warn`, with a message.",
      id: "Akibatnya: `larang`, `wajib` atau `peringatkan`, dengan pesan.",
    }, { required: true, fields: ["effect", "message"] }),
  ],
};
