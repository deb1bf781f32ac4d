import { entry, L } from "../code-entry.js";

/** What an obligation has in the plan, per obligation kind: LON5101 (not met) and LON5102 (at risk) say the same. */
const OBLIGATION_MESSAGES = {
  sessions: L(
    "{agreement} obligation {number}: {program} has {planned} scheduled session(s){sites} in {from}..{to}, expected {expected}{notScheduled}",
    "{agreement} kewajiban {number}: {program} memiliki {planned} sesi terjadwal{sites} dalam {from}..{to}, diharapkan {expected}{notScheduled}",
  ),
  provides: L(
    "{agreement} obligation {number}: {resource} is used by {planned} scheduled occurrence(s){recipient} in {from}..{to}, expected {expected}{notScheduled}",
    "{agreement} kewajiban {number}: {resource} dipakai oleh {planned} sesi terjadwal{recipient} dalam {from}..{to}, diharapkan {expected}{notScheduled}",
  ),
  hosts: L(
    "{agreement} obligation {number}: {program} has {planned} scheduled occurrence(s) in {from}..{to}, expected at least one{notScheduled}",
    "{agreement} kewajiban {number}: {program} memiliki {planned} sesi terjadwal dalam {from}..{to}, diharapkan sedikitnya satu{notScheduled}",
  ),
  // Not a failure: the plan's window holds only part of the validity and none of the program's sessions (told by `lontar plan`, never a diagnostic).
  hostsNotInWindow: L(
    "{agreement} obligation {number}: {program} is not in this window, {from}..{to} (the agreement is valid {validFrom}..{validTo}), so it is not judged",
    "{agreement} kewajiban {number}: {program} di luar rentang ini, {from}..{to} (kesepakatan berlaku {validFrom}..{validTo}), jadi tidak dinilai",
  ),
  sessionsMissed: L(
    "{agreement} obligation {number} is not met in {missed} of {total} {periods} ({names}): {program} has {planned} scheduled session(s){sites} per {period}, expected {expected}{notScheduled}",
    "{agreement} kewajiban {number} tidak terpenuhi dalam {missed} dari {total} {periods} ({names}): {program} memiliki {planned} sesi terjadwal{sites} per {period}, diharapkan {expected}{notScheduled}",
  ),
  providesMissed: L(
    "{agreement} obligation {number} is not met in {missed} of {total} {periods} ({names}): {resource} is used by {planned} scheduled occurrence(s){recipient} per {period}, expected {expected}{notScheduled}",
    "{agreement} kewajiban {number} tidak terpenuhi dalam {missed} dari {total} {periods} ({names}): {resource} dipakai oleh {planned} sesi terjadwal{recipient} per {period}, diharapkan {expected}{notScheduled}",
  ),
  // Suggestions for a count short because sessions of the program were cancelled or not placed.
  addSession: L(
    "hold `{program}` on another day of {from}..{to}: add `also {date}` to its schedule (a day the library is open), or move the session",
    "adakan `{program}` pada hari lain dalam {from}..{to}: tambahkan `juga {date}` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya",
  ),
  moveSession: L(
    "hold `{program}` on another day of {from}..{to}: move the session, or add one to its schedule",
    "adakan `{program}` pada hari lain dalam {from}..{to}: pindahkan sesinya, atau tambahkan satu pada jadwalnya",
  ),
  // Every session missed is one a budget does not pay for: another day is not paid for either.
  budgetStops: L(
    "budget {budget} does not pay for these sessions of `{program}`: raise it as LON5103 says, or lower the program's cost (another day would not be paid for either)",
    "anggaran {budget} tidak membiayai sesi `{program}` ini: naikkan anggarannya seperti disebut LON5103, atau turunkan biaya programnya (hari lain pun tidak akan terbiayai)",
  ),
  // Every session missed falls on a public holiday or cuti bersama: holding it on that day is a fix too.
  addSessionOrHoliday: L(
    "hold `{program}` on another day of {from}..{to}: add `also {date}` to its schedule (a day the library is open), or move the session; or, to hold it on the holiday itself, as a 17 August contest is, write `including holidays` after its schedule",
    "adakan `{program}` pada hari lain dalam {from}..{to}: tambahkan `juga {date}` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya; atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya",
  ),
  moveSessionOrHoliday: L(
    "hold `{program}` on another day of {from}..{to}: move the session, or add one to its schedule; or, to hold it on the holiday itself, as a 17 August contest is, write `including holidays` after its schedule",
    "adakan `{program}` pada hari lain dalam {from}..{to}: pindahkan sesinya, atau tambahkan satu pada jadwalnya; atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya",
  ),
  // Several sessions not held, each in a period missed: a day for each.
  addSessions: L(
    "hold the {count} sessions of `{program}` on other days of their periods: add `also {dates}` to its schedule (days the library is open), or move the sessions",
    "adakan {count} sesi `{program}` itu pada hari lain dalam periodenya: tambahkan `juga {dates}` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya",
  ),
  addSessionsOrHoliday: L(
    "hold the {count} sessions of `{program}` on other days of their periods: add `also {dates}` to its schedule (days the library is open), or move the sessions; or, to hold them on the holidays themselves, as a 17 August contest is, write `including holidays` after its schedule",
    "adakan {count} sesi `{program}` itu pada hari lain dalam periodenya: tambahkan `juga {dates}` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya; atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya",
  ),
  // Sessions of several programs not held (a resource provided to them all): a day for each, in its own program's schedule.
  addSessionsOfPrograms: L(
    "hold the sessions on other days of their periods: add {list} (days the library is open), or move the sessions",
    "adakan sesi-sesi itu pada hari lain dalam periodenya: tambahkan {list} (hari perpustakaan buka), atau pindahkan sesinya",
  ),
  // Suggestion for a count its schedule cannot reach, however many of its sessions are held.
  scheduleTooSparse: L(
    "even with every session held, `{program}`'s schedule gives at most {most} session(s){sites} per {period} in {names}, short of the {least} agreed: add days or sessions to its schedule, or agree on a lower minimum",
    "sekalipun semua sesinya diadakan, jadwal `{program}` memberi paling banyak {most} sesi{sites} per {period} pada {names}, kurang dari {least} yang disepakati: tambahkan hari atau sesi pada jadwalnya, atau sepakati minimum yang lebih rendah",
  ),
  // Suggestions for a resource provided that no session of the plan uses (for its recipient).
  providesNoProgram: L(
    "no program needs `{resource}`: a session counts when its program's `needs` names `{resource}`",
    "tidak ada program yang membutuhkan `{resource}`: sebuah sesi dihitung bila `butuh` programnya menyebut `{resource}`",
  ),
  providesNoRecipient: L(
    "the programs that need `{resource}` ({programs}) hold no session for `{recipient}`: a session counts for it when its program names `{recipient}` among its `partners`, its `site` or its `route`, or is held by it",
    "program yang membutuhkan `{resource}` ({programs}) tidak mengadakan sesi untuk `{recipient}`: sebuah sesi dihitung untuknya bila programnya menyebut `{recipient}` dalam `mitra`, `lokasi` atau `rute`-nya, atau diadakan olehnya",
  ),
  budgetShare: L(
    "{agreement} obligation {number}: the {party}'s share {amount} towards {target}; planned cost {cost} in {from}..{to}{unused}",
    "{agreement} kewajiban {number}: bagian {party} {amount} untuk {target}; biaya terencana {cost} dalam {from}..{to}{unused}",
  ),
};

/** LON5xxx: agreements, and the plan's compliance with them. */
export const AGREEMENT_ENTRIES = {
  LON5001: entry("error", L("wrong agreement parties", "pihak kesepakatan salah"), L("An agreement is not between a library and a partner (or another library).", "Sebuah kesepakatan tidak dibuat antara perpustakaan dan mitra (atau perpustakaan lain)."), {
    needsParties: L("an agreement needs its parties: `between <library> and <partner>`", "kesepakatan memerlukan para pihaknya: `antara <perpustakaan> dan <mitra>`"),
    wrongKind: L("`{name}` is {kind}, but {needed} is needed here", "`{name}` adalah {kind}, padahal di sini diperlukan {needed}"),
    sameParty: L(
      "`{name}` is both parties of the agreement: an agreement is between a library and a partner, or another library",
      "`{name}` adalah kedua pihak kesepakatan: kesepakatan dibuat antara perpustakaan dan mitra, atau perpustakaan lain",
    ),
  }),
  LON5002: entry("error", L("obligation refers to the wrong kind", "kewajiban merujuk jenis yang salah"), L("An obligation names a declaration of the wrong kind (a room where a program is needed).", "Sebuah kewajiban menyebut deklarasi dari jenis yang salah (ruang padahal yang diperlukan program)."), {
    wrongKind: L("`{name}` is {kind}, but {needed} is needed here", "`{name}` adalah {kind}, padahal di sini diperlukan {needed}"),
  }),
  LON5003: entry("error", L("validity ends before it starts", "masa berlaku berakhir sebelum dimulai"), L("An agreement's validity ends before it starts.", "Masa berlaku sebuah kesepakatan berakhir sebelum dimulai."), {
    endsBeforeStart: L("the agreement's validity ends ({to}) before it starts ({from})", "masa berlaku kesepakatan berakhir ({to}) sebelum dimulai ({from})"),
  }),
  LON5004: entry(
    "warning",
    L("agreement outside the horizon", "kesepakatan di luar cakrawala"),
    L("An agreement's validity does not overlap the planning horizon, so the plan cannot meet it.", "Masa berlaku sebuah kesepakatan tidak beririsan dengan cakrawala perencanaan, sehingga rencana tidak dapat memenuhinya."),
    {
      outsideHorizon: L(
        "the agreement is valid {from}..{to}, outside the planning horizon {horizonFrom}..{horizonTo}, so the plan does not check its obligations",
        "kesepakatan berlaku {from}..{to}, di luar cakrawala perencanaan {horizonFrom}..{horizonTo}, jadi kewajibannya tidak diperiksa terhadap rencana",
      ),
      // A validity that ended before the horizon starts: last year's MoU, to renew.
      endedBeforeHorizon: L(
        "the agreement ended on {to} (valid {from}..{to}), before the planning horizon {horizonFrom}..{horizonTo} starts, so the plan does not check its obligations: renew it with a new validity to have them checked",
        "kesepakatan sudah berakhir pada {to} (berlaku {from}..{to}), sebelum cakrawala perencanaan {horizonFrom}..{horizonTo} dimulai, jadi kewajibannya tidak diperiksa terhadap rencana: perbarui kesepakatan dengan masa berlaku baru agar kewajibannya diperiksa",
      ),
    },
  ),
  LON5005: entry(
    "warning",
    L("host with no part in the program", "tuan rumah tanpa peran dalam program"),
    L(
      "An agreement says a party hosts a program that does not name that party: not among its partners, its sites or its route, nor its library.",
      "Sebuah kesepakatan menyebut satu pihak menjadi tuan rumah program yang tidak menyebut pihak itu: tidak di antara mitranya, lokasinya atau rutenya, dan bukan perpustakaannya.",
    ),
    {
      notNamed: L(
        "`{party}` hosts `{program}`, but `{program}` does not name `{party}` (not among its partners, sites or route): the plan counts the obligation met by any session of `{program}`; add `partners {party}` or `sites {party}` to the program if `{party}` takes part",
        "`{party}` menjadi tuan rumah `{program}`, tetapi `{program}` tidak menyebut `{party}` (tidak di antara mitra, lokasi atau rutenya): rencana menghitung kewajiban ini terpenuhi oleh sesi `{program}` mana pun; tambahkan `mitra {party}` atau `lokasi {party}` pada programnya bila `{party}` ikut serta",
      ),
    },
  ),
  LON5008: entry(
    "warning",
    L("sessions counted with neither party", "sesi yang dihitung tanpa satu pun pihak"),
    L(
      "An agreement counts the sessions of a program that names neither of its parties: neither its library nor its partner is the program's library or among its partners, sites or route.",
      "Sebuah kesepakatan menghitung sesi program yang tidak menyebut satu pun pihaknya: perpustakaan maupun mitranya bukan perpustakaan program itu dan tidak di antara mitra, lokasi atau rutenya.",
    ),
    {
      neitherParty: L(
        "the agreement of `{library}` and `{partner}` counts the sessions of `{program}`, which names neither (not its library, nor among its partners, sites or route): the plan would count sessions neither party takes part in. Add `partners {partner}` or `sites {library}` to `{program}` if they take part, count them `at` a site, or name the program the agreement means",
        "kesepakatan `{library}` dan `{partner}` menghitung sesi `{program}`, yang tidak menyebut satu pun dari keduanya (bukan perpustakaannya, dan tidak di antara mitra, lokasi atau rutenya): rencana akan menghitung sesi yang tidak diikuti kedua pihak. Tambahkan `mitra {partner}` atau `lokasi {library}` pada `{program}` bila mereka ikut serta, hitung sesinya `di` suatu lokasi, atau sebut program yang dimaksud kesepakatan itu",
      ),
    },
  ),
  LON5006: entry(
    "error",
    L("counted site not on the program", "lokasi yang dihitung bukan lokasi program"),
    L(
      "An agreement counts the sessions of a program held at a site (`at least 3 sessions of buku_bergilir at tanah_garam per month`) that is not one of the program's `sites` or `route` stops, so no session of it can ever count.",
      "Sebuah kesepakatan menghitung sesi program yang diadakan di suatu lokasi (`minimal 3 sesi buku_bergilir di tanah_garam per bulan`) yang bukan salah satu `lokasi` atau perhentian `rute` program itu, sehingga tidak satu pun sesinya dapat terhitung.",
    ),
    {
      notASite: L(
        "`{site}` is not a site of `{program}` (its sites and route: {sites}): no session of `{program}` is held there, so the obligation can never count one; name one of its sites, or add `{site}` to its `sites` or `route`",
        "`{site}` bukan lokasi `{program}` (lokasi dan rutenya: {sites}): tidak ada sesi `{program}` yang diadakan di sana, sehingga kewajiban ini tidak pernah dapat menghitungnya; sebut salah satu lokasinya, atau tambahkan `{site}` pada `lokasi` atau `rute`-nya",
      ),
      noSites: L(
        "`{program}` names no `sites` and no `route`: its sessions are held at its library, so none is held at `{site}`; give the program `sites` or a `route`, or count all its sessions (drop `at …`)",
        "`{program}` tidak menyebut `lokasi` maupun `rute`: sesinya diadakan di perpustakaannya, sehingga tidak ada yang diadakan di `{site}`; beri program itu `lokasi` atau `rute`, atau hitung semua sesinya (hapus `di …`)",
      ),
    },
  ),
  LON5007: entry(
    "warning",
    L("share larger than its budget", "bagian lebih besar dari anggarannya"),
    L(
      "A budget share written `from <budget>` is money in that budget (the partner funds it), but it is larger than the budget's `amount`: the budget cannot hold it.",
      "Bagian biaya yang ditulis `dari <anggaran>` adalah uang di dalam anggaran itu (mitra mendanainya), tetapi lebih besar daripada `jumlah` anggaran itu: anggaran tidak dapat menampungnya.",
    ),
    {
      overBudget: L(
        "the share of {amount} is money in `{budget}` (`from {budget}`), whose amount is only {holds}: raise `{budget}`'s `amount` to include the share, or drop `from {budget}` if the partner's money is not in that budget (it then pays the program's costs before the budget does)",
        "bagian sebesar {amount} adalah uang di dalam `{budget}` (`dari {budget}`), yang jumlahnya hanya {holds}: naikkan `jumlah` `{budget}` agar memuat bagian itu, atau hapus `dari {budget}` bila uang mitra tidak berada di anggaran itu (bagian itu lalu membayar biaya program sebelum anggaran)",
      ),
      sharesOverBudget: L(
        "the {count} shares written `from {budget}` add up to {total}, more than its amount of {holds}: each is money in `{budget}`, which cannot hold them all. Raise `{budget}`'s `amount` to include every share, lower a share, or drop `from {budget}` where a partner's money is not in that budget",
        "{count} bagian yang ditulis `dari {budget}` berjumlah {total}, lebih dari jumlah anggaran itu, {holds}: tiap bagian adalah uang di dalam `{budget}`, yang tidak dapat menampung semuanya. Naikkan `jumlah` `{budget}` agar memuat semua bagian, kurangi salah satu bagian, atau hapus `dari {budget}` bila uang mitra tidak berada di anggaran itu",
      ),
      anotherShare: L("another share of {amount} in `{budget}`, in `{agreement}`", "bagian lain sebesar {amount} di `{budget}`, dalam `{agreement}`"),
    },
  ),
  LON5101: entry(
    "error",
    L("agreement obligation not met by the plan", "kewajiban kesepakatan tidak dipenuhi rencana"),
    L("The plan does not meet one of the agreement's obligations (too few sessions, a program not hosted).", "Rencana tidak memenuhi salah satu kewajiban kesepakatan (sesi terlalu sedikit, program tidak diselenggarakan)."),
    OBLIGATION_MESSAGES,
  ),
  LON5102: entry(
    "warning",
    L("obligation at risk", "kewajiban berisiko"),
    L(
      "An obligation falls short only in a period the planning horizon cuts, part of it covered by the agreement lying outside the horizon (a risk, not yet a breach: a later plan may hold the rest), or the plan spends less than a budget share on what it pays for.",
      "Sebuah kewajiban kurang hanya pada periode yang dipotong cakrawala perencanaan, yaitu sebagian periode yang dicakup kesepakatan berada di luar cakrawala (risiko, belum pelanggaran: rencana berikutnya dapat memuat sisanya), atau rencana membelanjakan kurang dari bagian biaya untuk apa yang dibiayainya.",
    ),
    OBLIGATION_MESSAGES,
  ),
  LON5103: entry(
    "error",
    L("session cannot take place", "sesi tidak dapat berlangsung"),
    L(
      "The plan leaves sessions of a program unassigned: a need cannot be met then (no free room big enough, no free person with the role, the pool used up), or the budget it draws on (or its cap for the month…) cannot pay for them.",
      "Rencana membiarkan sesi sebuah program tanpa penugasan: sebuah kebutuhan tidak dapat dipenuhi saat itu (tidak ada ruang kosong yang cukup besar, tidak ada orang bebas dengan peran itu, persediaan habis), atau anggaran yang dipakainya (atau batasnya per bulan…) tidak dapat membiayainya.",
    ),
    {
      unassigned: L("`{program}` cannot take place on {date} at {time}{others}: {reason}", "`{program}` tidak dapat berlangsung pada {date} pukul {time}{others}: {reason}"),
      noFreeKind: L("no free {kind}: {detail}", "tidak ada {kind} yang kosong: {detail}"),
      noAvailableKind: L("no {kind} available then: {detail}", "tidak ada {kind} yang tersedia saat itu: {detail}"),
      noFreeOrAvailableKind: L("no {kind} free or available then: {detail}", "tidak ada {kind} yang kosong atau tersedia saat itu: {detail}"),
      withHint: L("{hint} ({detail})", "{hint} ({detail})"),
      moreSessions: L(" (and {count} more sessions)", " (dan {count} sesi lain)"),
      oneMoreSession: L(" (and 1 more session)", " (dan 1 sesi lain)"),
      moreCandidates: L(" (and {count} more candidates)", " (dan {count} kandidat lain)"),
      noReason: L("no reason recorded", "tidak ada alasan yang tercatat"),
      roomTooSmall: L("{registrants} {people}; the largest room free then, {room}, holds {holds}", "{registrants} {people}; ruang terbesar yang kosong saat itu, {room}, menampung {holds}"),
      noRoomFree: L("{registrants} {people}; no room is free then", "{registrants} {people}; tidak ada ruang yang kosong saat itu"),
      candidateUnavailable: L("{resource} is not available then", "{resource} tidak tersedia saat itu"),
      candidateUnavailableHours: L("{resource} is not available then (only {hours})", "{resource} tidak tersedia saat itu (hanya {hours})"),
      candidatesUnavailableHours: L("{resources} are not available then (each only {hours})", "{resources} tidak tersedia saat itu (masing-masing hanya {hours})"),
      candidateNoHours: L("{resource} has no hours left that {period} (at most {hours} h)", "{resource} tidak punya jam tersisa pada {period} itu (paling banyak {hours} jam)"),
      candidateLongerThanCap: L("{resource} works at most {hours} h a {period}, less than the session's {session} h", "{resource} bekerja paling banyak {hours} jam per {period}, kurang dari sesi ini yang {session} jam"),
      candidateClosed: L("{resource} is in a library closed then", "{resource} berada di perpustakaan yang tutup saat itu"),
      candidateClosedDay: L("{resource} is in {library}, which is closed on {weekday}", "{resource} berada di {library}, yang tutup pada hari {weekday}"),
      candidateClosesAt: L("{resource} is in {library}, which closes at {closes}, and the session ends at {end}", "{resource} berada di {library}, yang tutup pukul {closes}, padahal sesinya selesai pukul {end}"),
      candidateClosesAtLaterDay: L(
        "{resource} is in {library}, which closes at {closes}, and the session does not end until {end}",
        "{resource} berada di {library}, yang tutup pukul {closes}, padahal sesinya baru selesai pada {end}",
      ),
      candidateOpensAt: L("{resource} is in {library}, which opens at {opens}, and the session starts at {start}", "{resource} berada di {library}, yang baru buka pukul {opens}, padahal sesinya mulai pukul {start}"),
      candidateOpenOnly: L("{resource} is in {library}, which is open only {hours} that day", "{resource} berada di {library}, yang hanya buka {hours} pada hari itu"),
      candidateSameSession: L("{resource} is already assigned to another of this session's needs", "{resource} sudah ditugaskan untuk kebutuhan lain dari sesi ini"),
      candidateUsed: L("{resource} is fully used then", "{resource} terpakai penuh saat itu"),
      candidateBooked: L("{resource} is booked by {by}", "{resource} dipesan oleh {by}"),
      seatsSuggestion: L(
        "lower `participants` to {largest} or fewer, or use a room that holds {wanted}",
        "turunkan `peserta` menjadi {largest} orang atau kurang, atau pakai ruang yang memuat {wanted} orang",
      ),
      roomSuggestion: L(
        "with at most {fits} registrants, {room} (free then) could hold the session; or free a room for {registrants} at that time",
        "dengan paling banyak {fits} pendaftar, {room} (kosong saat itu) dapat menampung sesinya; atau kosongkan ruang untuk {registrants} orang pada waktu itu",
      ),
      budgetAmount: L("budget {budget} ({amount}) would reach {total}", "anggaran {budget} ({amount}) akan terpakai sampai {total}"),
      budgetLargest: L("; `{program}` draws the most from it, {drawn}", "; yang paling banyak memakainya `{program}`, {drawn}"),
      budgetAlone: L("; `{program}` alone needs {needs} from it", "; `{program}` sendiri memerlukan {needs} darinya"),
      budgetCap: L("the cap of budget {budget}, {cap} per {period}, would be passed: {total}", "batas anggaran {budget}, {cap} per {period}, akan terlampaui: {total}"),
      budgetSuggestion: L("raise budget {budget} to at least {total}", "naikkan pagu anggaran {budget} menjadi paling sedikit {total}"),
      budgetAndCapSuggestion: L(
        "raise budget {budget} to at least {total}, and its cap to at least {cap} per {period}",
        "naikkan pagu anggaran {budget} menjadi paling sedikit {total}, dan batasnya menjadi paling sedikit {cap} per {period}",
      ),
      budgetPrograms: L(
        "{count} programs cannot hold every session ({sessions} sessions: {programs}): {reason}",
        "{count} program tidak dapat mengadakan semua sesinya ({sessions} sesi: {programs}): {reason}",
      ),
      budgetProgramsMore: L("{programs} and {count} more", "{programs} dan {count} lainnya"),
      budgetProgramHere: L("`{program}`: {sessions} sessions not paid for", "`{program}`: {sessions} sesi tidak terbayar"),
      budgetCapSuggestion: L("raise the cap of budget {budget} to at least {total} per {period}", "naikkan batas anggaran {budget} menjadi paling sedikit {total} per {period}"),
      budgetCapAndAmountSuggestion: L(
        "raise the cap of budget {budget} to at least {total} per {period}, and the budget to at least {amount}",
        "naikkan batas anggaran {budget} menjadi paling sedikit {total} per {period}, dan pagunya menjadi paling sedikit {amount}",
      ),
    },
  ),
  LON5104: entry(
    "warning",
    L("program never runs", "program tidak pernah berjalan"),
    L(
      "The plan has no session of a program: every session in the horizon is cancelled (its library has not reached the TPBIS stage the program requires, or the sessions fall on holidays, closures or excepted days, or a rule forbids them), every day a flexible schedule's windows allow is a holiday or a closure, or its schedule gives none in the horizon.",
      "Rencana tidak memuat satu pun sesi sebuah program: setiap sesinya dalam cakrawala perencanaan dibatalkan (perpustakaannya belum mencapai tahap TPBIS yang disyaratkan, atau sesinya jatuh pada hari libur, hari tutup atau hari yang dikecualikan, atau sebuah aturan melarangnya), setiap hari yang diizinkan jendela jadwal fleksibelnya adalah hari libur atau hari tutup, atau jadwalnya tidak memberi sesi dalam cakrawala itu.",
    ),
    {
      stageNotReached: L(
        "`{program}` never runs: it requires TPBIS stage {stage}, and {library} is at {current}; {sessions}",
        "`{program}` tidak pernah berjalan: program ini memerlukan tahap TPBIS {stage}, sedangkan {library} berada pada tahap {current}; {sessions}",
      ),
      stageNotDeclared: L(
        "`{program}` never runs: it requires TPBIS stage {stage}, and {library} declares no stage; declare {library}'s `stage`; {sessions}",
        "`{program}` tidak pernah berjalan: program ini memerlukan tahap TPBIS {stage}, sedangkan {library} belum mencatat tahap TPBIS; deklarasikan `tahap` {library}; {sessions}",
      ),
      allCancelled: L("`{program}` never runs: {sessions} ({why})", "`{program}` tidak pernah berjalan: {sessions} ({why})"),
      allOnHolidays: L(
        "`{program}` never runs: {sessions} ({why}); move it to a day the library is open, or, to hold it on the holiday itself, as a 17 August contest is, write `including holidays` after its schedule",
        "`{program}` tidak pernah berjalan: {sessions} ({why}); pindahkan ke hari perpustakaan buka, atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya",
      ),
      conditionFails: L(
        "`{program}` never runs: its condition (`when`) does not hold at {library}; {sessions}",
        "`{program}` tidak pernah berjalan: syaratnya (`ketika`) tidak terpenuhi di {library}; {sessions}",
      ),
      conditionNoStage: L(
        "`{program}` never runs: its condition (`when`) does not hold at {library}, which declares no TPBIS stage for it to compare; declare {library}'s `stage`, or drop the condition; {sessions}",
        "`{program}` tidak pernah berjalan: syaratnya (`ketika`) tidak terpenuhi di {library}, yang tidak mendeklarasikan tahap TPBIS untuk dibandingkan; deklarasikan `tahap` {library}, atau hapus syarat itu; {sessions}",
      ),
      noSession: L(
        "`{program}` never runs: its schedule gives no session in the horizon {from}..{to}",
        "`{program}` tidak pernah berjalan: jadwalnya tidak memberi sesi dalam cakrawala perencanaan {from}..{to}",
      ),
      closedWindows: L(
        "`{program}` never runs: every day its windows allow in the horizon is a holiday or a closure of its library ({why}); widen its windows or its `from`/`until` dates, or write `including holidays` to hold it on those days",
        "`{program}` tidak pernah berjalan: setiap hari yang diizinkan jendelanya dalam cakrawala perencanaan adalah hari libur atau hari tutup perpustakaannya ({why}); perlebar jendelanya atau tanggal `mulai`/`sampai`-nya, atau tulis `termasuk libur` agar tetap diadakan pada hari itu",
      ),
      noSessionFromAgreements: L(
        "`{program}` never runs: its schedule gives no session in the horizon taken from the agreements' validity, {from}..{to}, as the workspace declares no `horizon`; write `horizon` to plan another span",
        "`{program}` tidak pernah berjalan: jadwalnya tidak memberi sesi dalam cakrawala yang diambil dari masa berlaku kesepakatan, {from}..{to}, karena ruang kerja tidak menyatakan `cakrawala`; tulis `cakrawala` untuk merencanakan rentang lain",
      ),
      oneSession: L("its one session in the horizon is cancelled", "satu-satunya sesinya dalam cakrawala perencanaan dibatalkan"),
      allSessions: L("all {count} of its sessions in the horizon are cancelled", "seluruh {count} sesinya dalam cakrawala perencanaan dibatalkan"),
    },
  ),
  LON5105: entry(
    "error",
    L("sessions outside opening hours", "sesi di luar jam buka"),
    L(
      "Sessions of a program held at its library fall outside the library's opening hours (`open`), when nobody may be there to open the door: a firm rule broken, so the plan cannot be carried out as it stands.",
      "Sesi sebuah program yang diadakan di perpustakaannya berada di luar jam buka perpustakaan itu (`buka`), saat mungkin tidak ada yang membukakan pintu: aturan tegas yang dilanggar, jadi rencananya tidak dapat dijalankan apa adanya.",
    ),
    {
      outsideOne: L(
        "one of `{program}`'s sessions in the horizon falls outside the opening hours of {library} ({first}); hold it while it is open, or widen its `open` hours",
        "satu sesi `{program}` dalam cakrawala perencanaan berada di luar jam buka {library} ({first}); adakan saat perpustakaan buka, atau perluas jam `buka`-nya",
      ),
      outside: L(
        "{count} of `{program}`'s sessions in the horizon fall outside the opening hours of {library} (the first: {first}); hold them while it is open, or widen its `open` hours",
        "{count} sesi `{program}` dalam cakrawala perencanaan berada di luar jam buka {library} (yang pertama: {first}); adakan saat perpustakaan buka, atau perluas jam `buka`-nya",
      ),
    },
  ),
  LON5106: entry(
    "error",
    L("order between programs not kept", "urutan antarprogram tidak terpenuhi"),
    L(
      "The plan breaks an order between programs (`before`/`after`, `by N days`): the earlier program's last session does not end that many days before the later program's first session starts, so the plan cannot be carried out as written.",
      "Rencana melanggar urutan antarprogram (`sebelum`/`sesudah`, `selang N hari`): sesi terakhir program yang lebih dahulu tidak selesai sekian hari sebelum sesi pertama program berikutnya dimulai, sehingga rencana tidak dapat dijalankan seperti yang tertulis.",
    ),
    {
      broken: L(
        "`{earlier}` must end {gap} before `{later}` starts, but its last session ends {end} and `{later}` starts {start} ({distance})",
        "`{earlier}` harus selesai {gap} sebelum `{later}` dimulai, tetapi sesi terakhirnya selesai {end} dan `{later}` dimulai {start} ({distance})",
      ),
      brokenNoGap: L(
        "`{earlier}` must end before `{later}` starts, but its last session ends {end} and `{later}` starts {start} ({distance})",
        "`{earlier}` harus selesai sebelum `{later}` dimulai, tetapi sesi terakhirnya selesai {end} dan `{later}` dimulai {start} ({distance})",
      ),
      days: L("{count} days", "{count} hari"),
      oneDay: L("1 day", "1 hari"),
      later: L("{days} later", "{days} kemudian"),
      lessThan: L("less than {days} later", "kurang dari {days} kemudian"),
      sameDay: L("the same day", "pada hari yang sama"),
      earlier: L("{days} earlier", "{days} lebih awal"),
      beforeItEnds: L("before it ends", "sebelum sesi itu selesai"),
    },
  ),
  LON5107: entry(
    "error",
    L("sessions outside their budget's period", "sesi di luar periode anggarannya"),
    L(
      "A program's cost is paid from a budget (`from`), but some of the program's scheduled sessions fall outside the budget's `period`: the budget pays nothing for them and nothing else does, so the plan cannot be paid as written.",
      "Biaya sebuah program dibayar dari sebuah anggaran (`dari`), tetapi sebagian sesi terjadwal program itu berada di luar `periode` anggaran tersebut: anggaran itu tidak membayar apa pun untuknya dan tidak ada yang lain yang membayarnya, sehingga rencana tidak dapat dibiayai seperti yang tertulis.",
    ),
    {
      outside: L(
        "{count} of `{program}`'s scheduled sessions fall outside the period of budget {budget} ({from}..{to}), so nothing pays their cost of {cost} a session (the first: {first}); charge them to a budget whose period holds them, or change the budget's period or the schedule",
        "{count} sesi terjadwal `{program}` berada di luar periode anggaran {budget} ({from}..{to}), sehingga biayanya, {cost} per sesi, tidak ditanggung anggaran mana pun (yang pertama: {first}); bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
      outsideOne: L(
        "one of `{program}`'s scheduled sessions ({first}) falls outside the period of budget {budget} ({from}..{to}), so nothing pays its cost of {cost}; charge it to a budget whose period holds it, or change the budget's period or the schedule",
        "satu sesi terjadwal `{program}` ({first}) berada di luar periode anggaran {budget} ({from}..{to}), sehingga biayanya, {cost}, tidak ditanggung anggaran mana pun; bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
      programCost: L(
        "`{program}`'s cost of {cost} per program is charged at its first scheduled session ({first}), which falls outside the period of budget {budget} ({from}..{to}), so nothing pays it; charge it to a budget whose period holds that session, or change the budget's period or the schedule",
        "biaya `{program}` sebesar {cost} per program dibebankan pada sesi terjadwal pertamanya ({first}), yang berada di luar periode anggaran {budget} ({from}..{to}), sehingga biaya itu tidak ditanggung anggaran mana pun; bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
      partlyShared: L(
        "{count} of `{program}`'s scheduled sessions fall outside the period of budget {budget} ({from}..{to}); partners' shares pay part of their cost of {cost} a session, and nothing pays the remaining {unpaid} (the first session left unpaid: {first}); charge them to a budget whose period holds them, or change the budget's period or the schedule",
        "{count} sesi terjadwal `{program}` berada di luar periode anggaran {budget} ({from}..{to}); bagian mitra membayar sebagian biayanya, {cost} per sesi, dan sisanya, {unpaid}, tidak ditanggung anggaran mana pun (sesi pertama yang tidak terbayar: {first}); bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
      partlySharedOne: L(
        "one of `{program}`'s scheduled sessions ({first}) falls outside the period of budget {budget} ({from}..{to}); partners' shares pay part of its cost of {cost}, and nothing pays the remaining {unpaid}; charge it to a budget whose period holds it, or change the budget's period or the schedule",
        "satu sesi terjadwal `{program}` ({first}) berada di luar periode anggaran {budget} ({from}..{to}); bagian mitra membayar sebagian biayanya, {cost}, dan sisanya, {unpaid}, tidak ditanggung anggaran mana pun; bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
      programCostPartlyShared: L(
        "`{program}`'s cost of {cost} per program is charged at its first scheduled session ({first}), which falls outside the period of budget {budget} ({from}..{to}); partners' shares pay part of it, and nothing pays the remaining {unpaid}; charge it to a budget whose period holds that session, or change the budget's period or the schedule",
        "biaya `{program}` sebesar {cost} per program dibebankan pada sesi terjadwal pertamanya ({first}), yang berada di luar periode anggaran {budget} ({from}..{to}); bagian mitra membayar sebagiannya, dan sisanya, {unpaid}, tidak ditanggung anggaran mana pun; bebankan ke anggaran yang periodenya mencakup sesi itu, atau ubah periode anggaran atau jadwalnya",
      ),
    },
  ),
  LON5108: entry(
    "warning",
    L("flexible sessions with no time free", "sesi fleksibel tanpa waktu luang"),
    L(
      "A schedule of a number of times per period (`2 times per week on weekdays between 08:00-12:00`) has a period whose windows hold fewer free times than the sessions it asks for: holidays, cuti bersama or closures fill them, the library's opening hours leave little of them, or the windows are narrow. The plan holds fewer sessions then.",
      "Jadwal beberapa kali per periode (`2 kali per minggu pada hari_kerja antara 08:00-12:00`) memiliki periode yang jendelanya memuat lebih sedikit waktu luang daripada sesi yang dimintanya: hari libur, cuti bersama atau hari tutup mengisinya, jam buka perpustakaan hanya menyisakan sedikit darinya, atau jendelanya sempit. Rencana memuat lebih sedikit sesi pada periode itu.",
    ),
    {
      shortOne: L(
        "`{program}` asks for {sessions} per {per}, but {from}..{to} has time free for {slots} (holidays, closures, opening hours or its windows); that period holds fewer, or widen its windows",
        "`{program}` meminta {sessions} per {per}, tetapi {from}..{to} hanya punya waktu luang untuk {slots} (hari libur, hari tutup, jam buka atau jendelanya); periode itu memuat lebih sedikit sesi, atau perlebar jendelanya",
      ),
      short: L(
        "`{program}` asks for {sessions} per {per}, but {periods} periods have time free for fewer (such as {from}..{to}, for {slots}; holidays, closures, opening hours or its windows); they hold fewer, or widen its windows",
        "`{program}` meminta {sessions} per {per}, tetapi {periods} periode punya waktu luang untuk lebih sedikit (misalnya {from}..{to}, untuk {slots}; hari libur, hari tutup, jam buka atau jendelanya); periode itu memuat lebih sedikit sesi, atau perlebar jendelanya",
      ),
    },
  ),
  LON5109: entry(
    "warning",
    L("resources of another library", "sumber daya perpustakaan lain"),
    L(
      "A program's need that names no resource (`needs room with capacity >= 40`, `needs 1 staff with skill storytelling`) is met by a resource of another library, because neither the program's library nor the shared resources (those of no library) have one that fits: a room elsewhere moves the session to that library, a person or vehicle elsewhere is borrowed from it.",
      "Kebutuhan program yang tidak menyebut nama sumber daya (`butuh ruang dengan kapasitas >= 40`, `butuh 1 staf dengan keahlian mendongeng`) dipenuhi oleh sumber daya perpustakaan lain, karena perpustakaan program itu maupun sumber daya bersama (yang bukan milik perpustakaan mana pun) tidak punya yang sesuai: ruang di tempat lain memindahkan sesinya ke perpustakaan itu, orang atau kendaraan di tempat lain dipinjam darinya.",
    ),
    {
      borrowed: L(
        "`{program}` of {library} uses {resources} of another library in {sessions} (the first: {first}), as {library} has none that fits; name it in `needs` if that is meant, or declare one at {library}",
        "`{program}` milik {library} memakai {resources} milik perpustakaan lain dalam {sessions} (yang pertama: {first}), karena {library} tidak punya yang sesuai; sebut namanya di `butuh` bila memang begitu, atau deklarasikan satu di {library}",
      ),
    },
  ),
  LON5110: entry(
    "info",
    L("agreement not checked in full", "kesepakatan tidak diperiksa seluruhnya"),
    L(
      "The plan does not check an agreement's obligations, or checks them only in part: the agreement's condition (`when`) does not hold for its library, so it is not in force; or its validity runs past the planning horizon, so the days outside the horizon are not checked; or it has no obligation at all.",
      "Rencana tidak memeriksa kewajiban sebuah kesepakatan, atau hanya memeriksa sebagiannya: syarat kesepakatan (`ketika`) tidak terpenuhi untuk perpustakaannya, sehingga kesepakatan itu tidak berlaku; atau masa berlakunya melewati cakrawala perencanaan, sehingga hari-hari di luar cakrawala tidak diperiksa; atau kesepakatan itu tidak punya kewajiban sama sekali.",
    ),
    {
      notInForce: L(
        "`{agreement}` is not in force: its condition (`when`) does not hold at {library}, so the plan does not check its obligations",
        "`{agreement}` tidak berlaku: syaratnya (`ketika`) tidak terpenuhi di {library}, jadi kewajibannya tidak diperiksa terhadap rencana",
      ),
      notInForceAtStage: L(
        "`{agreement}` is not in force: its condition (`when`) does not hold at {library}, which is at TPBIS stage {stage}, so the plan does not check its obligations",
        "`{agreement}` tidak berlaku: syaratnya (`ketika`) tidak terpenuhi di {library}, yang berada pada tahap TPBIS {stage}, jadi kewajibannya tidak diperiksa terhadap rencana",
      ),
      noObligations: L(
        "`{agreement}` has no obligation, so the plan has nothing of it to check; write what each party does (`at least 2 sessions of … per month`, `library provides … every month`)",
        "`{agreement}` tidak punya kewajiban, jadi tidak ada yang diperiksa terhadap rencana; tulis apa yang dilakukan tiap pihak (`minimal 2 sesi … per bulan`, `perpustakaan menyediakan … setiap bulan`)",
      ),
      partlyOutsideHorizon: L(
        "`{agreement}` is valid {from}..{to}, but the plan covers {horizonFrom}..{horizonTo}: its obligations in {unchecked} are not checked; plan that span too (`horizon`) to check them",
        "`{agreement}` berlaku {from}..{to}, tetapi rencana mencakup {horizonFrom}..{horizonTo}: kewajibannya dalam {unchecked} tidak diperiksa; rencanakan rentang itu juga (`cakrawala`) untuk memeriksanya",
      ),
    },
  ),
  LON5111: entry(
    "warning",
    L("visits outside a visited library's opening hours", "kunjungan di luar jam buka perpustakaan yang dikunjungi"),
    L(
      "A program's visits to another library (a route's stop) fall outside that library's opening hours (`open`), when no one may be there to receive them.",
      "Kunjungan sebuah program ke perpustakaan lain (persinggahan rute) berada di luar jam buka perpustakaan itu (`buka`), saat mungkin tidak ada yang menyambutnya.",
    ),
    {
      visitOutsideOne: L(
        "one of `{program}`'s visits to {library} in the horizon falls outside that library's opening hours ({first}); visit while it is open, or widen its `open` hours",
        "satu kunjungan `{program}` ke {library} dalam cakrawala perencanaan berada di luar jam buka perpustakaan itu ({first}); berkunjunglah saat perpustakaan itu buka, atau perluas jam `buka`-nya",
      ),
      visitOutside: L(
        "{count} of `{program}`'s visits to {library} in the horizon fall outside that library's opening hours (the first: {first}); visit while it is open, or widen its `open` hours",
        "{count} kunjungan `{program}` ke {library} dalam cakrawala perencanaan berada di luar jam buka perpustakaan itu (yang pertama: {first}); berkunjunglah saat perpustakaan itu buka, atau perluas jam `buka`-nya",
      ),
      visitClosedOne: L(
        "one of `{program}`'s visits to {library} in the horizon falls on a day that library is closed ({first}; {closed}); visit on a day it is open, or, if someone will be there to receive the visit, leave it as it is",
        "satu kunjungan `{program}` ke {library} dalam cakrawala perencanaan jatuh pada hari perpustakaan itu tutup ({first}; {closed}); berkunjunglah pada hari perpustakaan itu buka, atau, bila ada yang akan menyambut kunjungan itu, biarkan seperti ini",
      ),
      visitClosed: L(
        "{count} of `{program}`'s visits to {library} in the horizon fall on days that library is closed or outside its opening hours (the first: {first}; {closed}); visit while it is open, or, if someone will be there to receive the visits, leave them as they are",
        "{count} kunjungan `{program}` ke {library} dalam cakrawala perencanaan jatuh pada hari perpustakaan itu tutup atau di luar jam bukanya (yang pertama: {first}; {closed}); berkunjunglah saat perpustakaan itu buka, atau, bila ada yang akan menyambut kunjungan itu, biarkan seperti ini",
      ),
    },
  ),
  LON5112: entry(
    "warning",
    L("agreement's condition reads a stage not declared", "syarat kesepakatan membaca tahap yang tidak dideklarasikan"),
    L(
      "An agreement's condition (`when library.stage >= implementation`) compares its library's TPBIS stage, but the library declares none (`stage`): the comparison cannot hold, so the agreement is not in force and the plan checks none of its obligations. Usually the library's stage was left out, not meant to be unknown.",
      "Syarat sebuah kesepakatan (`ketika perpustakaan.tahap >= implementasi`) membandingkan tahap TPBIS perpustakaannya, tetapi perpustakaan itu tidak mendeklarasikan tahapnya (`tahap`): perbandingan itu tidak dapat terpenuhi, sehingga kesepakatan itu tidak berlaku dan rencana tidak memeriksa satu pun kewajibannya. Biasanya tahap perpustakaan itu terlewat ditulis, bukan sengaja dibiarkan tidak diketahui.",
    ),
    {
      noStage: L(
        "`{agreement}` is not in force: its condition (`when`) compares the stage of {library}, which declares none, so the plan checks none of its obligations; declare {library}'s `stage`, or drop the condition",
        "`{agreement}` tidak berlaku: syaratnya (`ketika`) membandingkan tahap {library}, yang tidak mendeklarasikan tahap, jadi tidak satu pun kewajibannya diperiksa terhadap rencana; deklarasikan `tahap` {library}, atau hapus syarat itu",
      ),
    },
  ),
  LON5113: entry(
    "warning",
    L("counted sessions lost to holidays", "sesi terhitung hilang karena hari libur"),
    L(
      "A schedule that counts its sessions (`for 8 times`) has some of them cancelled by public holidays, cuti bersama, the library's closures or a rule, so the program holds fewer sessions than the count says. The count is the rule's (RFC 5545 COUNT counts every date the rule gives, cancelled or not), so the plan keeps it as written.",
      "Jadwal yang menghitung sesinya (`selama 8 kali`) memiliki sesi yang dibatalkan karena hari libur nasional, cuti bersama, hari tutup perpustakaan atau sebuah aturan, sehingga program mengadakan lebih sedikit sesi daripada hitungannya. Hitungan itu milik aturannya (COUNT RFC 5545 menghitung setiap tanggal yang diberikan aturan, dibatalkan atau tidak), jadi rencana mempertahankannya seperti ditulis.",
    ),
    {
      lostOne: L(
        "`{program}` counts {count} sessions (`for {count} times`), but holds {held}: one is cancelled ({why}); to hold {count}, count {more} (`for {more} times`, or `COUNT={more}` in a raw `rrule`), or add a date with `also`",
        "`{program}` menghitung {count} sesi (`selama {count} kali`), tetapi hanya {held} sesi yang terlaksana: satu dibatalkan ({why}); agar {count} sesi terlaksana, hitung {more} (`selama {more} kali`, atau `COUNT={more}` dalam `rrule` mentah), atau tambahkan tanggal dengan `juga`",
      ),
      lost: L(
        "`{program}` counts {count} sessions (`for {count} times`), but holds {held}: {lost} are cancelled ({why}); to hold {count}, count {more} (`for {more} times`, or `COUNT={more}` in a raw `rrule`), or add dates with `also`",
        "`{program}` menghitung {count} sesi (`selama {count} kali`), tetapi hanya {held} sesi yang terlaksana: {lost} dibatalkan ({why}); agar {count} sesi terlaksana, hitung {more} (`selama {more} kali`, atau `COUNT={more}` dalam `rrule` mentah), atau tambahkan tanggal dengan `juga`",
      ),
    },
  ),
  LON5114: entry(
    "warning",
    L("a rule warns on sessions", "aturan memperingatkan sesi"),
    L(
      "A rule that warns (`then warn \"…\"`) matches sessions of the plan. The sessions stay in the plan; the rule's own message says what to look at, and `lontar check` says it where the rule is written, so a gate with `--max-warnings 0` stops on it.",
      "Aturan yang memperingatkan (`maka peringatkan \"…\"`) cocok dengan sesi dalam rencana. Sesinya tetap ada dalam rencana; pesan aturan itu sendiri menyebutkan apa yang perlu diperhatikan, dan `lontar check` menyebutkannya di tempat aturan ditulis, jadi gerbang dengan `--max-warnings 0` berhenti karenanya.",
    ),
    {
      one: L("rule `{rule}` warns on one session ({sessions}): {message}", "aturan `{rule}` memperingatkan satu sesi ({sessions}): {message}"),
      many: L("rule `{rule}` warns on {count} sessions ({sessions}): {message}", "aturan `{rule}` memperingatkan {count} sesi ({sessions}): {message}"),
    },
  ),
  LON5115: entry(
    "info",
    L("a rule cancels sessions", "aturan membatalkan sesi"),
    L(
      "A rule that forbids (`then forbid`) or requires (`then require`) leaves some sessions of the plan with no time it allows, so they are cancelled. That may be what the rule is for; the note names the sessions so that none is lost unseen.",
      "Aturan yang melarang (`maka larang`) atau mewajibkan (`maka wajib`) membuat beberapa sesi dalam rencana tidak punya waktu yang diizinkannya, sehingga sesi itu dibatalkan. Itu mungkin memang tujuan aturannya; catatan ini menyebutkan sesinya agar tidak ada yang hilang tanpa terlihat.",
    ),
    {
      one: L("rule `{rule}` cancels one session ({sessions}): {message}", "aturan `{rule}` membatalkan satu sesi ({sessions}): {message}"),
      many: L("rule `{rule}` cancels {count} sessions ({sessions}): {message}", "aturan `{rule}` membatalkan {count} sesi ({sessions}): {message}"),
    },
  ),
  LON5116: entry(
    "warning",
    L("a date written for a session is cancelled", "tanggal yang ditulis untuk sesi dibatalkan"),
    L(
      "A date written one by one in a program's schedule (a date added with `also`, a `once` session) falls on a public holiday, cuti bersama or closure of its library, so the session is cancelled, while the program holds its other sessions. A date written on purpose, such as a make-up session, is lost unseen otherwise.",
      "Tanggal yang ditulis satu per satu pada jadwal program (tanggal tambahan dengan `juga`, sesi `sekali`) jatuh pada hari libur nasional, cuti bersama atau hari tutup perpustakaannya, sehingga sesinya dibatalkan, sementara sesi program yang lain tetap diadakan. Tanpa peringatan ini, tanggal yang sengaja ditulis, seperti sesi pengganti, hilang tanpa terlihat.",
    ),
    {
      one: L(
        "`{program}`: a date written for it is cancelled ({why}), so the plan holds no session then; write a day the library is open instead{instead}{orHolidays}",
        "`{program}`: tanggal yang ditulis untuknya dibatalkan ({why}), jadi rencana tidak memuat sesi pada hari itu; tulis hari lain saat perpustakaan buka{instead}{orHolidays}",
      ),
      many: L(
        "`{program}`: {count} dates written for it are cancelled ({why}), so the plan holds no session then; write days the library is open instead{instead}{orHolidays}",
        "`{program}`: {count} tanggal yang ditulis untuknya dibatalkan ({why}), jadi rencana tidak memuat sesi pada hari-hari itu; tulis hari lain saat perpustakaan buka{instead}{orHolidays}",
      ),
    },
  ),
  LON5117: entry(
    "warning",
    L("cost paid by no budget", "biaya yang tidak dibayar anggaran"),
    L(
      "A program's cost names no budget (`from <budget>`) while its library declares budgets, so no budget pays it: the plan's budget totals and caps leave it out, and a budget spent past its amount can pass.",
      "Biaya sebuah program tidak menyebut anggaran (`dari <anggaran>`) padahal perpustakaannya mendeklarasikan anggaran, sehingga tidak ada anggaran yang membayarnya: jumlah dan batas anggaran dalam rencana tidak menghitungnya, dan anggaran yang terpakai melebihi jumlahnya bisa lolos.",
    ),
    {
      oneBudget: L(
        "this cost of `{program}` names no budget, so no budget pays it: the plan's budget totals and caps leave it out; add `from {budget}` after it if `{budget}` pays it",
        "biaya `{program}` ini tidak menyebut anggaran, jadi tidak ada anggaran yang membayarnya: jumlah dan batas anggaran dalam rencana tidak menghitungnya; tambahkan `dari {budget}` setelahnya bila `{budget}` yang membayarnya",
      ),
      budgets: L(
        "this cost of `{program}` names no budget, so none of its library's {count} budgets pays it: the plan's budget totals and caps leave it out; add `from <budget>` after it, naming the one that pays it",
        "biaya `{program}` ini tidak menyebut anggaran, jadi tidak satu pun dari {count} anggaran perpustakaannya yang membayarnya: jumlah dan batas anggaran dalam rencana tidak menghitungnya; tambahkan `dari <anggaran>` setelahnya, menyebut anggaran yang membayarnya",
      ),
    },
  ),
  LON5118: entry(
    "warning",
    L("a month without its session", "bulan tanpa sesinya"),
    L(
      "A program held once a month (`every month on last fri`) has a month whose sessions all fall on holidays or closures of its library, so that month has none, while the program holds its other months.",
      "Program yang diadakan sebulan sekali (`setiap bulan pada jumat terakhir`) memiliki bulan yang semua sesinya jatuh pada hari libur atau hari tutup perpustakaannya, sehingga bulan itu tanpa sesi, sementara bulan-bulan lainnya tetap diadakan.",
    ),
    {
      one: L(
        "`{program}` is held every month, but one month has no session: it is cancelled ({why}); add a day the library is open to its schedule{instead}, or move the session",
        "`{program}` diadakan setiap bulan, tetapi satu bulan tanpa sesi: sesinya dibatalkan ({why}); tambahkan hari perpustakaan buka pada jadwalnya{instead}, atau pindahkan sesinya",
      ),
      many: L(
        "`{program}` is held every month, but {count} months have no session: theirs are cancelled ({why}); add days the library is open to its schedule{instead}, or move the sessions",
        "`{program}` diadakan setiap bulan, tetapi {count} bulan tanpa sesi: sesinya dibatalkan ({why}); tambahkan hari perpustakaan buka pada jadwalnya{instead}, atau pindahkan sesinya",
      ),
    },
  ),
  LON5119: entry(
    "warning",
    L("route stops never visited", "perhentian rute yang tidak pernah dikunjungi"),
    L(
      "A program on a rotating route visits one stop a session, in turn, and some of its stops get no session in the horizon: its schedule gives fewer sessions than stops, or holidays and closures cancel enough of them.",
      "Program dengan rute bergilir mengunjungi satu perhentian tiap sesi, bergiliran, dan sebagian perhentiannya tidak mendapat sesi dalam cakrawala: jadwalnya memberi lebih sedikit sesi daripada perhentian, atau hari libur dan hari tutup membatalkan cukup banyak sesinya.",
    ),
    {
      stops: L(
        "`{program}` visits one stop of its route a session, in turn, and no session in the horizon visits {missing} of the {count} stops of its route ({names}): its schedule gives {sessions}; add sessions to the schedule, or name the stops with `sites` if each session visits them all",
        "`{program}` mengunjungi satu perhentian rutenya tiap sesi, bergiliran, dan tidak ada sesi dalam cakrawala yang mengunjungi {missing} dari {count} perhentian rutenya ({names}): jadwalnya memberi {sessions}; tambah sesi pada jadwalnya, atau sebut perhentiannya dengan `lokasi` bila tiap sesi mengunjungi semuanya",
      ),
      stopsCancelled: L(
        "`{program}` visits one stop of its route a session, in turn, and no session in the horizon visits {missing} of the {count} stops of its route ({names}): its schedule gives {sessions}, {cancelled} of them cancelled ({why}); move those or add sessions to the schedule, or name the stops with `sites` if each session visits them all",
        "`{program}` mengunjungi satu perhentian rutenya tiap sesi, bergiliran, dan tidak ada sesi dalam cakrawala yang mengunjungi {missing} dari {count} perhentian rutenya ({names}): jadwalnya memberi {sessions}, {cancelled} di antaranya dibatalkan ({why}); pindahkan sesi itu atau tambah sesi pada jadwalnya, atau sebut perhentiannya dengan `lokasi` bila tiap sesi mengunjungi semuanya",
      ),
    },
  ),
} as const;
