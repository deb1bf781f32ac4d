import { entry, L } from "../code-entry.js";

/** LON3xxx: types and values, conditions, needs, and core's validation of the model. */
export const VALUE_ENTRIES = {
  LON3001: entry("error", L("impossible date", "tanggal mustahil"), L("A date does not exist on the calendar (2019-02-30) or is malformed.", "Sebuah tanggal tidak ada di kalender (2019-02-30) atau salah tulis."), {
    notDate: L("`{text}` is not a date written YYYY-MM-DD", "`{text}` bukan tanggal yang ditulis YYYY-MM-DD"),
    noMonth: L("`{text}` is not a date: there is no month {month}", "`{text}` bukan tanggal: tidak ada bulan {month}"),
    monthDays: L("`{text}` is not a date: {month} {year} has {days} days", "`{text}` bukan tanggal: {month} {year} memiliki {days} hari"),
    notDateTime: L("`{text}` is not a valid date-time (YYYY-MM-DDTHH:mm)", "`{text}` bukan tanggal-waktu yang sah (YYYY-MM-DDTHH:mm)"),
  }),
  LON3002: entry("error", L("impossible time", "waktu mustahil"), L("A time of day is not between 00:00 and 24:00 (25:00, 08:60).", "Sebuah jam tidak berada antara 00:00 dan 24:00 (25:00, 08:60)."), {
    notTime: L("`{text}` is not a time of day: write HH:mm from 00:00 to 24:00", "`{text}` bukan jam: tulis HH:mm dari 00:00 sampai 24:00"),
    oneDigitHour: L("`{text}`: Lontar writes the hour with two digits: `{fixed}`", "`{text}`: Lontar menulis jamnya dengan dua angka: `{fixed}`"),
    oneDigitHourAmbiguous: L(
      "`{text}`: Lontar writes the hour with two digits, on a 24-hour clock: `{early}`, or `{afternoon}` in the afternoon",
      "`{text}`: Lontar menulis jamnya dengan dua angka, dalam 24 jam: `{early}`, atau `{afternoon}` bila siang atau sore",
    ),
    startAt24: L("an occurrence cannot start at 24:00; write 00:00 of the next day", "sebuah kegiatan tidak dapat dimulai pukul 24:00; tulis 00:00 hari berikutnya"),
    writeAs: L("write `{fixed}`", "tulis `{fixed}`"),
  }),
  LON3003: entry("error", L("ends before it starts", "berakhir sebelum dimulai"), L("A date range, time range or from/until pair ends before it starts.", "Rentang tanggal, rentang waktu, atau pasangan mulai/sampai berakhir sebelum dimulai."), {
    dateRange: L("the range ends ({to}) before it starts ({from})", "rentang berakhir ({to}) sebelum dimulai ({from})"),
    timeRange: L("the time range ends ({end}) before it starts ({start})", "rentang waktu berakhir ({end}) sebelum dimulai ({start})"),
    untilBeforeFrom: L("the schedule ends (until {until}) before it starts (from {from})", "jadwal berakhir (sampai {until}) sebelum dimulai (mulai {from})"),
    untilBeforeHorizon: L(
      "the schedule ends (until {until}) before it starts: with no `from`, it starts with the horizon, on {start}; it never runs",
      "jadwal berakhir (sampai {until}) sebelum dimulai: tanpa `mulai`, ia dimulai bersama cakrawala, pada {start}; jadwal ini tidak pernah berjalan",
    ),
    untilBeforeStarting: L("the schedule ends (until {until}) before it starts (starting {starting})", "jadwal berakhir (sampai {until}) sebelum dimulai (dimulai {starting})"),
    scheduleEnds: L("the schedule ends ({last}) before it starts ({start})", "jadwal berakhir ({last}) sebelum dimulai ({start})"),
  }),
  LON3004: entry(
    "error",
    L("unknown value", "nilai tidak dikenal"),
    L(
      "A word is not one of the values this property accepts (tier, category, partner kind, audience group, budget category, period, KPI metric).",
      "Sebuah kata bukan salah satu nilai yang diterima properti ini (jenjang, kategori, jenis mitra, kelompok sasaran, kategori anggaran, periode, metrik KPI).",
    ),
    {
      unknownValue: L("`{text}` is not a known {what}", "`{text}` bukan {what} yang dikenal"),
      unknownValueAllowed: L("`{text}` is not a known {what}; {allowed}", "`{text}` bukan {what} yang dikenal; {allowed}"),
      otherProperty: L("`{text}` is a value of `{meant}` ({other}), not of `{key}`: write `{written}`", "`{text}` adalah nilai `{meant}` ({other}), bukan `{key}`: tulis `{written}`"),
    },
  ),
  LON3005: entry("error", L("unknown TPBIS stage", "tahap TPBIS tidak dikenal"), L("A stage is not in the TPBIS stage model, by id or keyword.", "Sebuah tahap tidak ada dalam model tahap TPBIS, baik menurut id maupun kata kunci."), {
    notStage: L("`{text}` is not a TPBIS stage", "`{text}` bukan tahap TPBIS"),
    notStageAllowed: L("`{text}` is not a known TPBIS stage; {allowed}", "`{text}` bukan tahap TPBIS yang dikenal; {allowed}"),
    unknownStage: L("`{text}` is not a known TPBIS stage", "`{text}` bukan tahap TPBIS yang dikenal"),
    coreUnknownStage: L("unknown TPBIS stage {stage}{where} [{coreCode}]", "tahap TPBIS tidak dikenal {stage}{where} [{coreCode}]"),
  }),
  LON3006: entry("error", L("property not allowed here", "properti tidak boleh di sini"), L("This kind of declaration does not accept this property, or `at <library>` after its name.", "Jenis deklarasi ini tidak menerima properti ini, atau `di <perpustakaan>` setelah namanya."), {
    obligationOutside: L("an obligation belongs in an agreement, not in {kind}", "kewajiban termasuk dalam kesepakatan, bukan dalam {kind}"),
    notAProperty: L("`{key}` is not a property of {kind}", "`{key}` bukan properti {kind}"),
    notAPropertyAllowed: L("`{key}` is not a property of {kind}; {allowed}", "`{key}` bukan properti {kind}; {allowed}"),
    partyWithoutVerb: L(
      "`{party}` in an agreement starts an obligation: `{party} {provides} …`, `{party} {hosts} …` or `{party} {pays} …`",
      "`{party}` dalam kesepakatan memulai kewajiban: `{party} {provides} …`, `{party} {hosts} …` atau `{party} {pays} …`",
    ),
    atNotTaken: L("{kind} belongs to no library, so `{written}` means nothing here; delete it", "{kind} tidak dimiliki perpustakaan, jadi `{written}` tidak berarti di sini; hapus"),
    atNotTakenAgreement: L(
      "an agreement belongs to no library, so `{written}` means nothing here; its parties go in its body, `{parties}`",
      "kesepakatan tidak dimiliki perpustakaan, jadi `{written}` tidak berarti di sini; para pihaknya ditulis di badannya, `{parties}`",
    ),
    atNotTakenKpi: L(
      "a KPI belongs to no library, so `{written}` means nothing here; the libraries it measures go in its body, `{appliesTo}`",
      "KPI tidak dimiliki perpustakaan, jadi `{written}` tidak berarti di sini; perpustakaan yang diukurnya ditulis di badannya, `{appliesTo}`",
    ),
  }),
  LON3007: entry(
    "error",
    L("missing property", "properti kurang"),
    L(
      "A declaration lacks a property it needs (a library without tier or region, a program without category or schedule).",
      "Sebuah deklarasi tidak memiliki properti yang diperlukannya (perpustakaan tanpa jenjang atau wilayah, program tanpa kategori atau jadwal).",
    ),
    {
      needs: L("{kind} needs `{key}`", "{kind} memerlukan `{key}`"),
      needsExample: L("{kind} needs `{key}`, as in `{example}`", "{kind} memerlukan `{key}`, seperti `{example}`"),
      needsValue: L("{kind} needs `{key}`: {values}{more}", "{kind} memerlukan `{key}`: {values}{more}"),
    },
  ),
  LON3008: entry("warning", L("property given twice", "properti ditulis dua kali"), L("A property that takes one value is written more than once, or with another word for it; the last one wins, and a title over its other word.", "Properti yang hanya menerima satu nilai ditulis lebih dari sekali, atau dengan kata lainnya; yang terakhir berlaku, dan judul mengalahkan kata lainnya."), {
    horizonTwice: L("the horizon is declared more than once; the first one is used", "`cakrawala` dideklarasikan lebih dari sekali; yang pertama dipakai"),
    givenTwice: L("`{key}` is given again on line {line}, and the last one is used: this one is not", "`{key}` ditulis lagi di baris {line}, dan yang terakhir yang dipakai: yang ini tidak"),
    sameAs: L("`{key}` is another word for `{other}`, which is given too: `{other}` is used, and this one is not; keep one of them", "`{key}` adalah kata lain untuk `{other}`, yang juga ditulis: `{other}` yang dipakai, yang ini tidak; pertahankan salah satunya"),
    sitesBesideRoute: L(
      "`{key}` is not used: the program's `{route}` line gives the places it is held; keep one of them (`{route}` visits its stops in turn, `{key}` holds each session at all its sites at once)",
      "`{key}` tidak dipakai: baris `{route}` program ini menentukan tempat sesinya diadakan; pertahankan salah satunya (`{route}` mengunjungi persinggahannya bergiliran, `{key}` mengadakan tiap sesi di semua lokasinya sekaligus)",
    ),
    libraryTwice: L(
      "the program is at `{at}` here and at `{library}` by its `{key}` line, which is used: this one is not; keep one of them",
      "program ini di `{at}` di sini dan di `{library}` menurut baris `{key}`-nya, yang dipakai: yang ini tidak; pertahankan salah satunya",
    ),
    stopTwice: L(
      "`{stop}` comes twice in a row in the route: it is visited twice in turn, one session after the other; delete one if that is not meant",
      "`{stop}` ditulis dua kali berturut-turut dalam rute: perhentian itu dikunjungi dua kali berturut-turut; hapus salah satunya bila bukan itu maksudnya",
    ),
    obligationTwice: L(
      "the same obligation as on line {line}: a repeated obligation adds nothing to the agreement; one of them can go",
      "kewajiban yang sama dengan baris {line}: kewajiban yang diulang tidak menambah apa pun pada kesepakatan; salah satunya dapat dihapus",
    ),
  }),
  LON3009: entry("error", L("wrong kind of value", "jenis nilai salah"), L("A property's value has the wrong shape (a string where a number is needed).", "Nilai sebuah properti berbentuk salah (teks padahal diperlukan angka)."), {
    takes: L("`{key}` takes {expected}", "`{key}` menerima {expected}"),
    intervalMin: L("the interval must be at least 1", "selang harus sedikitnya 1"),
    ordinalNeedsMonth: L("an ordinal weekday (`{phrase}`) needs `every month` or `every year`", "hari ke-n dalam bulan (`{phrase}`) memerlukan `setiap bulan` atau `setiap tahun`"),
    noMonthDay: L("there is no day {day} in a month", "tidak ada tanggal {day} dalam sebulan"),
    noDays: L("no days given", "tidak ada hari yang diberikan"),
    atLeastOnce: L("a schedule runs at least once", "jadwal berjalan sedikitnya sekali"),
    flexibleAtLeastOne: L("a flexible schedule needs at least 1 session per period", "jadwal fleksibel memerlukan sedikitnya 1 sesi per periode"),
    durationPositive: L("a duration must be longer than zero", "durasi harus lebih dari nol"),
    regionParts: L("{what} has at most {count} parts ({parts}); {extra} is one too many", "{what} paling banyak {count} bagian ({parts}); {extra} berlebih"),
    openDayNoHours: L(
      "`{days}` has no hours: opening hours give each day its hours (`{days} 08:00-12:00`), and a day the library is closed is left out",
      "`{days}` tidak punya jam: jam buka memberi setiap hari jamnya (`{days} 08:00-12:00`), dan hari perpustakaan tutup tidak ditulis",
    ),
  }),
  LON3010: entry(
    "error",
    L("unknown time zone", "zona waktu tidak dikenal"),
    L(
      "A time zone is not an IANA zone this runtime knows, and none can be inferred from the province.",
      "Zona waktu bukan zona IANA yang dikenal, dan tidak ada yang dapat disimpulkan dari provinsinya.",
    ),
    {
      notZone: L("`{zone}` is not a time zone; write an IANA zone such as Asia/Jakarta", "`{zone}` bukan zona waktu; tulis zona IANA seperti Asia/Jakarta"),
      zoneMeant: L("Lontar writes the time zone `{zone}` by its IANA name, `{meant}`", "Lontar menulis zona waktu `{zone}` dengan nama IANA-nya, `{meant}`"),
      noZoneForProvince: L(
        'no time zone is known for province `{province}`: write the province as in the official list (`Jawa Barat`, `Nusa Tenggara Timur`), or add its zone, `timezone "Asia/Jakarta"` (WIB), `"Asia/Makassar"` (WITA) or `"Asia/Jayapura"` (WIT)',
        'zona waktu provinsi `{province}` tidak diketahui: tulis provinsinya seperti dalam daftar resmi (`Jawa Barat`, `Nusa Tenggara Timur`), atau tambahkan zonanya, `zona_waktu "Asia/Jakarta"` (WIB), `"Asia/Makassar"` (WITA) atau `"Asia/Jayapura"` (WIT)',
      ),
      nearProvince: L(
        "`{province}` is not a province Lontar knows, so its time zone is unknown: did you mean {names}?",
        "`{province}` bukan provinsi yang dikenal Lontar, jadi zona waktunya tidak diketahui: maksud Anda {names}?",
      ),
      nearProvinceZoned: L("`{province}` is not a province Lontar knows: did you mean {names}?", "`{province}` bukan provinsi yang dikenal Lontar: maksud Anda {names}?"),
      provinceLast: L(
        "`{province}` is not a province, and `{last}` is: a region names the province first, then the places in it, `{written}`",
        "`{province}` bukan provinsi, sedangkan `{last}` provinsi: wilayah menyebut provinsinya lebih dulu, lalu tempat di dalamnya, `{written}`",
      ),
      regionInOneString: L(
        "`{province}` writes the province and the place in one string: give each its own quotes, province first, `{written}`",
        "`{province}` menulis provinsi dan tempatnya dalam satu teks: beri masing-masing tanda kutipnya sendiri, provinsi dahulu, `{written}`",
      ),
      coreNearProvince: L(
        "`{province}` is not a province Lontar knows: did you mean {names}?{where} [{coreCode}]",
        "`{province}` bukan provinsi yang dikenal Lontar: maksud Anda {names}?{where} [{coreCode}]",
      ),
      coreNoZone: L(
        "`{province}` is not one of Indonesia's provinces, so its time zone is unknown: write the province as in the official list (`Jawa Barat`), or, for a library abroad, give its `timeZone`{where} [{coreCode}]",
        "`{province}` bukan salah satu provinsi Indonesia, jadi zona waktunya tidak diketahui: tulis provinsinya seperti dalam daftar resmi (`Jawa Barat`), atau, untuk perpustakaan di luar negeri, berikan `timeZone`-nya{where} [{coreCode}]",
      ),
    },
  ),
  LON3011: entry(
    "error",
    L("value the model does not allow", "nilai yang tidak diizinkan model"),
    L(
      "A value is outside what the planning model allows (a number too large or too small, an empty text, a school level on a library that is not a school's); the message names the keyword written and what it allows.",
      "Sebuah nilai berada di luar yang diizinkan model perencanaan (angka terlalu besar atau terlalu kecil, teks kosong, jenjang sekolah pada perpustakaan yang bukan perpustakaan sekolah); pesannya menyebut kata kunci yang ditulis dan nilai yang diizinkannya.",
    ),
    {
      empty: L("{what} cannot be empty: write the text between the quotes", "{what} tidak boleh kosong: tulis teksnya di antara tanda kutip"),
      atLeast: L("{what} is at least {min}{unit}; {value} is too small", "{what} paling sedikit {min}{unit}; {value} terlalu kecil"),
      moreThan: L("{what} must be more than {min}{unit}; {value} is too small", "{what} harus lebih dari {min}{unit}; {value} terlalu kecil"),
      atMost: L("{what} is at most {max}{unit}; {value} is too large", "{what} paling banyak {max}{unit}; {value} terlalu besar"),
      lessThan: L("{what} must be less than {max}{unit}; {value} is too large", "{what} harus kurang dari {max}{unit}; {value} terlalu besar"),
      indicatorTwice: L("the indicator `{name}` is already in this kpi; give each indicator its own name", "indikator `{name}` sudah ada di kpi ini; beri tiap indikator nama sendiri"),
      onlySchool: L("{what} is only for a school library (`{tier}`); remove it, or make the library one", "{what} hanya untuk perpustakaan sekolah (`{tier}`); hapus, atau jadikan perpustakaannya perpustakaan sekolah"),
      coreProperty: L("{what} {rule}", "{what} {rule}"),
      coreSentence: L("{what}: {rule}", "{what}: {rule}"),
      coreSchema: L("{detail}{where} [{coreCode}]", "{detail}{where} [{coreCode}]"),
    },
  ),
  LON3012: entry(
    "error",
    L("unknown field", "kolom tidak dikenal"),
    L(
      "A model given as data (JSON) has a field the planning model does not declare; it would otherwise be dropped silently. The message names the nearest known field.",
      "Model yang diberikan sebagai data (JSON) memiliki kolom yang tidak dideklarasikan model perencanaan; kalau dibiarkan kolom itu hilang diam-diam. Pesannya menyebut kolom terdekat yang dikenal.",
    ),
    {
      coreUnknownKey: L('unknown key "{key}"{where} [{coreCode}]', 'kunci tidak dikenal "{key}"{where} [{coreCode}]'),
      coreUnknownKeyNear: L('unknown key "{key}"; did you mean "{nearest}"?{where} [{coreCode}]', 'kunci tidak dikenal "{key}"; maksud Anda "{nearest}"?{where} [{coreCode}]'),
    },
  ),
  LON3013: entry(
    "warning",
    L("indicator names no metric", "indikator tanpa metrik"),
    L(
      "A KPI indicator has no `metric` and its name is not a metric, so it measures nothing the plan counts: the plan's projection of the KPI scores it 0.",
      "Sebuah indikator KPI tidak memiliki `metrik` dan namanya bukan metrik, sehingga tidak mengukur apa pun yang dihitung rencana: proyeksi KPI dalam rencana memberinya nilai 0.",
    ),
    {
      noMetric: L(
        "`{name}` is not a metric and the indicator has no `{metric}`: the plan cannot count it, so its projection of `{kpi}` scores it 0 (weight {weight}); write what it measures after `{metric}` (the plan counts {counted}), or `{metric} {custom}` for a value measured outside the plan",
        "`{name}` bukan metrik dan indikatornya tidak memiliki `{metric}`: rencana tidak dapat menghitungnya, jadi proyeksi `{kpi}` memberinya nilai 0 (bobot {weight}); tulis yang diukurnya setelah `{metric}` (rencana menghitung {counted}), atau `{metric} {custom}` untuk nilai yang diukur di luar rencana",
      ),
      writeMetric: L("write `{text}`", "tulis `{text}`"),
    },
  ),
  LON3014: entry(
    "info",
    L("KPI partly measured outside the plan", "KPI sebagian diukur di luar rencana"),
    L(
      "Some indicators of a KPI measure what the plan does not count (visits, members, partners…): the plan's projection of the KPI scores them 0, so its projected score stays below what the KPI can reach.",
      "Sebagian indikator KPI mengukur hal yang tidak dihitung rencana (kunjungan, anggota, mitra…): proyeksi KPI dalam rencana memberinya nilai 0, sehingga skor proyeksinya tetap di bawah yang dapat dicapai KPI.",
    ),
    {
      notCounted: L(
        "the plan counts only {counted}, so its projection of `{kpi}` scores {indicators} 0 (weight {weight} of {total}) and reaches at most {max} of 100; what the plan does not count is measured outside it",
        "rencana hanya menghitung {counted}, jadi proyeksi `{kpi}` memberi {indicators} nilai 0 (bobot {weight} dari {total}) dan paling tinggi mencapai {max} dari 100; yang tidak dihitung rencana diukur di luar rencana",
      ),
    },
  ),
  LON3015: entry(
    "warning",
    L("time zone unlike the province's", "zona waktu berbeda dari provinsinya"),
    L(
      "A library's `timezone` keeps other clocks than its province: every time of the library (its opening hours, its programs' sessions, the calendar) is read in that zone, hours off the province's.",
      "`zona_waktu` sebuah perpustakaan memakai jam yang berbeda dari provinsinya: setiap jam perpustakaan itu (jam buka, sesi programnya, kalender) dibaca dalam zona itu, selisih beberapa jam dari jam provinsinya.",
    ),
    {
      unlikeProvince: L(
        "`{zone}` is not the zone of {province} (`{provinceZone}`, {provinceName}): this library's times are read off the province's clocks; write `\"{provinceZone}\"`, or leave `timezone` out to take the province's",
        "`{zone}` bukan zona waktu {province} (`{provinceZone}`, {provinceName}): jam perpustakaan ini dibaca berbeda dari jam provinsinya; tulis `\"{provinceZone}\"`, atau hapus `zona_waktu` agar memakai zona provinsinya",
      ),
    },
  ),
  LON3101: entry("error", L("unknown fact", "fakta tidak dikenal"), L("A condition names a fact that does not exist.", "Sebuah kondisi menyebut fakta yang tidak ada."), {
    notFact: L("`{name}` is not a fact", "`{name}` bukan fakta"),
    notFactAllowed: L("`{name}` is not a fact; {allowed}", "`{name}` bukan fakta; {allowed}"),
    otherObject: L("`{name}` is not a fact; the fact of that name is `{meant}`", "`{name}` bukan fakta; fakta dengan nama itu adalah `{meant}`"),
    valueAlone: L("`{name}` is a value, not a condition: a fact that is one of several values is tested against their list, `{fixed}`", "`{name}` adalah nilai, bukan kondisi: fakta yang bernilai salah satu dari beberapa nilai diuji terhadap daftarnya, `{fixed}`"),
  }),
  LON3102: entry("error", L("type mismatch in comparison", "tipe tidak cocok dalam perbandingan"), L("A condition compares values of different types (a weekday with a number).", "Sebuah kondisi membandingkan nilai dengan tipe berbeda (hari dengan angka)."), {
    cannotCompare: L("cannot compare {left} with {right}", "tidak dapat membandingkan {left} dengan {right}"),
    noOrder: L("`{op}` does not order {type} values; use == or !=", "`{op}` tidak mengurutkan nilai {type}; pakai == atau !="),
    monthName: L("`{fact}` is a month's number, 1 to 12: `{name}` is `{fixed}`", "`{fact}` adalah nomor bulan, 1 sampai 12: `{name}` adalah `{fixed}`"),
  }),
  LON3103: entry("error", L("`=~` needs a string", "`=~` memerlukan teks"), L("A regular-expression match is applied to a fact that is not a string.", "Pencocokan ekspresi reguler diterapkan pada fakta yang bukan teks."), {
    needsString: L("`=~` matches strings, but {subject} is not one", "`=~` mencocokkan teks, tetapi {subject} bukan teks"),
  }),
  LON3104: entry(
    "error",
    L("wrong function call", "pemanggilan fungsi salah"),
    L("A condition calls an unknown function, or passes arguments of the wrong number or type.", "Sebuah kondisi memanggil fungsi yang tidak dikenal, atau memberi argumen dengan jumlah atau tipe yang salah."),
    {
      notFunction: L("`{name}` is not a function; known: overlaps (tumpang)", "`{name}` bukan fungsi; yang dikenal: overlaps (tumpang)"),
      argCount: L("`{name}` takes {expected} arguments, not {actual}", "`{name}` menerima {expected} argumen, bukan {actual}"),
      argType: L("argument {index} of `{name}` must be a {type}, not {actual}", "argumen ke-{index} dari `{name}` harus berupa {type}, bukan {actual}"),
    },
  ),
  LON3105: entry("error", L("stage compared with a non-stage", "tahap dibandingkan dengan bukan tahap"), L("A TPBIS stage fact is compared with something that is not a stage name.", "Fakta tahap TPBIS dibandingkan dengan sesuatu yang bukan nama tahap."), {
    stageOnly: L("{stage} can only be compared with a TPBIS stage name, not {other}", "{stage} hanya dapat dibandingkan dengan nama tahap TPBIS, bukan {other}"),
  }),
  LON3106: entry(
    "error",
    L("fact not known here", "fakta tidak dikenal di sini"),
    L("An agreement condition or a program gate uses a fact that exists only for occurrences.", "Kondisi kesepakatan atau syarat program memakai fakta yang hanya ada untuk kegiatan."),
    {
      occurrenceFact: L(
        "`{path}` is only known for an occurrence; agreement conditions and program gates can use library and program facts (days and times a program runs belong in its schedule, or in a rule)",
        "`{path}` hanya dikenal untuk sebuah kegiatan; kondisi kesepakatan dan syarat program dapat memakai fakta perpustakaan dan program (hari dan jam sebuah program berlangsung ditulis di jadwalnya, atau di sebuah aturan)",
      ),
      occurrenceFunction: L(
        "`{name}` looks at an occurrence; agreement conditions and program gates have none (days and times a program runs belong in its schedule, or in a rule)",
        "`{name}` melihat sebuah kegiatan; kondisi kesepakatan dan syarat program tidak memilikinya (hari dan jam sebuah program berlangsung ditulis di jadwalnya, atau di sebuah aturan)",
      ),
    },
  ),
  LON3107: entry("error", L("invalid regular expression", "ekspresi reguler tidak sah"), L("The pattern after `=~` is not a valid regular expression.", "Pola setelah `=~` bukan ekspresi reguler yang sah."), {
    invalid: L("/{pattern}/ is not a valid regular expression: {error}", "/{pattern}/ bukan ekspresi reguler yang sah: {error}"),
  }),
  LON3201: entry("error", L("no resource can meet this need", "tidak ada sumber daya yang memenuhi kebutuhan ini"), L("No declared resource has the capacity this need asks for.", "Tidak ada sumber daya yang dideklarasikan dengan kapasitas yang diminta kebutuhan ini."), {
    noneDeclaredToHold: L("no {kind} is declared, so none can hold {min} {unit}", "tidak ada {kind} yang dideklarasikan, jadi tidak ada yang dapat menampung {min} {unit}"),
    largestHolds: L("no {kind} holds {min} {unit}: the largest, `{name}`, holds {capacity}", "tidak ada {kind} yang menampung {min} {unit}: yang terbesar, `{name}`, menampung {capacity}"),
    noneCouldMeet: L("no {kind} is declared that could meet this need", "tidak ada {kind} yang dideklarasikan yang dapat memenuhi kebutuhan ini"),
    onlyFit: L("{quantity} {kinds} are needed here, but only {fitting} fit: {names}", "di sini diperlukan {quantity} {kinds}, tetapi hanya {fitting} yang cocok: {names}"),
    noCapacity: L("`capacity` is not asked of {kind}: it asks a room for the people it holds, or a vehicle for its books", "`kapasitas` tidak diminta dari {kind}: kapasitas meminta ruang menampung sejumlah orang, atau kendaraan sejumlah buku"),
    namedHolds: L("`{name}` holds {capacity}, less than the {min} needed", "`{name}` menampung {capacity}, kurang dari {min} yang diperlukan"),
    roomElsewhere: L(
      "`{room}` is a room of `{library}`, but the program is held at {sites}: a room is used where it is; hold the program at `{library}`, or leave the room out",
      "`{room}` adalah ruang `{library}`, padahal programnya diadakan di {sites}: ruang dipakai di tempatnya; adakan programnya di `{library}`, atau hapus ruangnya",
    ),
    noRoomAtSites: L(
      "a room is needed, but the program is held at {sites}, where no room is declared (a room belongs to a library); leave the room out, or hold the program at a library",
      "diperlukan ruang, padahal programnya diadakan di {sites}, yang tidak punya ruang yang dideklarasikan (ruang milik perpustakaan); hapus ruangnya, atau adakan programnya di perpustakaan",
    ),
  }),
  LON3202: entry(
    "error",
    L("nothing has this role, skill or feature", "tidak ada yang memiliki peran, keahlian atau fasilitas ini"),
    L(
      "No declared resource of the kind has what this need asks for: a staff member or volunteer with the role or skill, a room or equipment with the feature.",
      "Tidak ada sumber daya yang dideklarasikan dengan yang diminta kebutuhan ini: staf atau relawan dengan peran atau keahlian itu, ruang atau peralatan dengan fasilitas itu.",
    ),
    {
      noHolder: L("no {who} has the {what} `{name}`", "tidak ada {who} dengan {what} `{name}`"),
      noHolderAmong: L("no {who} has the {what} `{name}`; the {what}s they have: {held}", "tidak ada {who} dengan {what} `{name}`; {what} yang dimiliki: {held}"),
      exists: L("{what} `{name}` exists", "{what} `{name}` ada"),
    },
  ),
  LON3203: entry(
    "warning",
    L("a role, skill or feature no need asks for, spelt nearly as one that is", "peran, keahlian atau fasilitas yang tidak diminta kebutuhan mana pun, ejaannya mirip yang diminta"),
    L(
      "A staff member or volunteer has a role or skill, or a room or equipment a feature, that no program's need asks for, while a need asks for one spelt nearly the same: most likely a typo, which keeps the resource out of every session that needs it.",
      "Seorang staf atau relawan memiliki peran atau keahlian, atau sebuah ruang atau peralatan memiliki fasilitas, yang tidak diminta kebutuhan program mana pun, padahal ada kebutuhan yang meminta yang ejaannya hampir sama: kemungkinan besar salah ketik, yang membuat sumber daya itu tidak pernah dipakai sesi yang membutuhkannya.",
    ),
    { unasked: L("no need asks for the {what} `{name}`, but one asks for `{meant}`: a typo?", "tidak ada kebutuhan yang meminta {what} `{name}`, tetapi ada yang meminta `{meant}`: salah ketik?") },
  ),
  LON3999: entry(
    "error",
    L("internal fault", "kesalahan internal"),
    L(
      "The compiled model fails @lontar/core's validation in a way no input should cause: a bug in Lontar. Please report it with the files that caused it.",
      "Model hasil kompilasi gagal divalidasi @lontar/core dengan cara yang seharusnya tidak disebabkan masukan apa pun: kutu (bug) di Lontar. Mohon laporkan beserta berkas penyebabnya.",
    ),
    { internal: L("{detail}{where} [{coreCode}]", "{detail}{where} [{coreCode}]") },
  ),
  LON3016: entry(
    "warning",
    L("cost per participant without participants", "biaya per peserta tanpa jumlah peserta"),
    L(
      "A program's cost is charged `per participant`, but the program does not say how many participants it expects (`participants N`), so the cost counts for nothing: every session of it costs Rp 0 in the plan, its budgets and its agreements.",
      "Biaya sebuah program dibebankan `per peserta`, tetapi program itu tidak menyebut berapa peserta yang diharapkannya (`peserta N`), sehingga biaya itu tidak dihitung: setiap sesinya bernilai Rp 0 dalam rencana, anggaran dan kesepakatannya.",
    ),
    {
      noParticipants: L(
        "`{program}` is charged {amount} per participant but declares no `participants`, so the cost counts Rp 0 in the plan and its budgets; add `participants N` (the participants expected at each session), or charge it `per session`",
        "`{program}` dibebani {amount} per peserta tetapi tidak menyebut `peserta`, sehingga biaya itu dihitung Rp 0 dalam rencana dan anggarannya; tambahkan `peserta N` (peserta yang diharapkan tiap sesi), atau bebankan `per sesi`",
      ),
    },
  ),
} as const;
