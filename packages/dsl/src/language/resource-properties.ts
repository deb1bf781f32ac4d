/** Properties shared by resource declarations: capacity, and the people properties of staff and volunteers. */
import { keyword, property } from "./common.js";

/** `capacity 60` / `capacity 600 books`. */
export const CAPACITY = property("capacity", keyword("Capacity", ["capacity"], ["kapasitas"]), "capacity", {
  en: "How many people a room holds.",
  id: "Jumlah orang yang dapat ditampung ruang.",
}, { required: true });

/** `role a, b` (also `roles`). */
export const ROLE = property("role", keyword("Role", ["role", "roles"], ["peran"]), "names", {
  en: "Roles a need may ask for (`staff with role kelurahan_officer`).",
  id: "Peran yang dapat diminta kebutuhan (`staf dengan peran petugas_kelurahan`).",
}, { fields: ["roles"], example: { en: "librarian, driver", id: "pustakawan, sopir" } });

/** `skills a, b`. */
export const SKILLS = property("skills", keyword("Skills", ["skills", "skill"], ["keahlian"]), "names", {
  en: "Skills a need may ask for (`volunteer with skill storytelling`).",
  id: "Keahlian yang dapat diminta kebutuhan (`relawan dengan keahlian mendongeng`).",
}, { example: { en: "storytelling, creative_writing", id: "mendongeng, menulis_kreatif" } });

/** `available mon..fri 08:00-16:00`. */
export const AVAILABLE = property("available", keyword("Available", ["available"], ["tersedia"]), "windows", {
  en: "When the person can work; days without hours are whole days. Absent: any time.",
  id: "Kapan orang itu dapat bekerja; hari tanpa jam berarti sehari penuh. Bila tidak ada: kapan saja.",
}, { repeatable: true, fields: ["availability"] });

/** `max 20 hours per week`. */
export const MAX_HOURS = property("max", keyword("Max", ["max"], ["maks"]), "hoursCap", {
  en: "The most hours the person works in each week, or in each day, month, quarter, semester or year: `max 20 hours per month` lets five 4-hour sessions into any one month, however they fall in its weeks. Write it again for another period (`max 4 hours per day`): every cap holds.",
  id: "Jam kerja terbanyak dalam tiap minggu, atau tiap hari, bulan, triwulan, semester atau tahun: `maks 20 jam per bulan` memuat lima sesi 4 jam dalam satu bulan, di minggu mana pun sesinya jatuh. Tulis lagi untuk periode lain (`maks 4 jam per hari`): setiap batas berlaku.",
}, { repeatable: true, fields: ["maxHoursPerWeek", "maxHours"] });

/** Everything staff and volunteers take. */
export const PEOPLE_PROPERTIES = [ROLE, SKILLS, AVAILABLE, MAX_HOURS] as const;
