import { entry, L } from "../code-entry.js";

/** LON1xxx: the syntax of a `.lontar` file. */
export const SYNTAX_ENTRIES = {
  LON1001: entry(
    "error",
    L("Unexpected character", "Karakter tak terduga"),
    L(
      "A character that cannot start any word, number, date, time, string or operator of the language (for example `@`). Remove it, or put the text in double quotes.",
      "Karakter yang tidak dapat memulai kata, angka, tanggal, waktu, teks, atau operator bahasa ini (misalnya `@`). Hapus, atau tulis teksnya di antara tanda kutip ganda.",
    ),
    {
      unexpected: L("unexpected character `{found}`", "karakter tak terduga `{found}`"),
      apostrophe: L("`{text}`: Lontar writes the word without an apostrophe, `{word}`", "`{text}`: Lontar menulis kata itu tanpa tanda petik, `{word}`"),
      percent: L(
        "`{number}%`: a weight, a target or a share is written as the number alone, `{number}`",
        "`{number}%`: bobot, target atau bagian ditulis angkanya saja, `{number}`",
      ),
      about: L("`±{number}`: a count is written as its number alone, the most expected: `{number}`", "`±{number}`: jumlah ditulis angkanya saja, jumlah terbanyak yang diharapkan: `{number}`"),
      colon: L("`:` after `{word}`: a property's value follows its keyword with a space only, as in `{word} …`", "`:` setelah `{word}`: nilai properti ditulis setelah kata kuncinya dengan spasi saja, seperti `{word} …`"),
      semicolon: L("`;`: a property ends where its line ends, with nothing after it", "`;`: properti berakhir di akhir barisnya, tanpa tanda apa pun"),
      nameAscii: L(
        "`{name}`: a name is written with the letters a-z, the digits 0-9 and `_` only: write `{ascii}`",
        "`{name}`: nama hanya ditulis dengan huruf a-z, angka 0-9 dan `_`: tulis `{ascii}`",
      ),
      name: L("`{name}`: a name is written with the letters a-z, the digits 0-9 and `_` only", "`{name}`: nama hanya ditulis dengan huruf a-z, angka 0-9 dan `_`"),
      hashComment: L("`#` does not start a comment in Lontar: a comment starts with `//`", "`#` tidak memulai komentar di Lontar: komentar diawali `//`"),
      blockComment: L(
        "`/* … */` is not a comment in Lontar: each line of a comment starts with `//`",
        "`/* … */` bukan komentar di Lontar: setiap baris komentar diawali `//`",
      ),
      blockCommentMidLine: L(
        "`/* … */` is not a comment in Lontar, and `//` here would make the rest of its line a comment too: move the comment to the end of the line as `// …`, or delete it",
        "`/* … */` bukan komentar di Lontar, dan `//` di sini akan menjadikan sisa barisnya komentar juga: pindahkan komentarnya ke akhir baris sebagai `// …`, atau hapus",
      ),
      blockCommentUnclosed: L(
        "`/*` is not a comment in Lontar, and no `*/` closes it: it was read to the end of its line as a comment, which starts with `//`",
        "`/*` bukan komentar di Lontar, dan tak ada `*/` yang menutupnya: dibaca sampai akhir barisnya sebagai komentar, yang diawali `//`",
      ),
      invisible: L(
        "an invisible character, {names}, stands here (pasted with the text): delete it",
        "ada karakter tak terlihat di sini, {names} (ikut tersalin bersama teks): hapus",
      ),
    },
  ),
  LON1002: entry(
    "error",
    L("Unterminated string", "Teks tanpa penutup"),
    L(
      'A string opened with `"` is not closed on the same line. Add the closing quote; strings cannot span lines (write `\\n` for a line break).',
      'Teks yang dibuka dengan `"` tidak ditutup pada baris yang sama. Tambahkan tanda kutip penutup; teks tidak boleh melintasi baris (tulis `\\n` untuk ganti baris).',
    ),
    { unterminated: L('this string has no closing `"` on its line', 'teks ini tidak memiliki `"` penutup pada barisnya') },
  ),
  LON1003: entry(
    "error",
    L("File too large", "Berkas terlalu besar"),
    L(
      "The file is larger than 5 MB, the limit for one `.lontar` file. Split it into several files and `import` them.",
      "Berkas lebih besar dari 5 MB, batas untuk satu berkas `.lontar`. Pecah menjadi beberapa berkas lalu `impor` berkas-berkas itu.",
    ),
    { tooLarge: L("the file is {length} characters long; the limit is {limit} characters (UTF-16 units, as JavaScript counts a string)", "panjang berkas {length} karakter; batasnya {limit} karakter (satuan UTF-16, seperti JavaScript menghitung teks)") },
  ),
  LON1004: entry(
    "error",
    L("Not a text file", "Bukan berkas teks"),
    L("The file contains NUL bytes, so it is not a text file. Check that the right file was given.", "Berkas berisi bita NUL, jadi bukan berkas teks. Periksa apakah berkas yang diberikan sudah benar."),
    {
      nul: L("not a text file: it contains NUL bytes", "bukan berkas teks: berisi bita NUL"),
      utf16: L(
        "not a text file Lontar can read: every other byte is NUL, so it was most likely saved as UTF-16 (\"Unicode\" in Notepad); save it as UTF-8",
        "bukan berkas teks yang dapat dibaca Lontar: setiap bita kedua adalah NUL, jadi berkas ini kemungkinan besar disimpan sebagai UTF-16 (\"Unicode\" di Notepad); simpan sebagai UTF-8",
      ),
    },
  ),
  LON1007: entry(
    "error",
    L("Not UTF-8", "Bukan UTF-8"),
    L(
      "The file is not valid UTF-8: a character could not be read and stands as `\uFFFD` (shown as �). The file was probably saved in another encoding, such as Windows-1252 (\"ANSI\"), so letters like `é` or quotes like `“` were lost. It is an error so that `lontar fmt --write` does not write the lost characters back. Save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8) and check again.",
      "Berkas bukan UTF-8 yang sah: sebuah karakter tidak dapat dibaca dan tertulis sebagai `\uFFFD` (tampil sebagai �). Berkas kemungkinan disimpan dengan pengodean lain, misalnya Windows-1252 (\"ANSI\"), sehingga huruf seperti `é` atau tanda kutip seperti `“` hilang. Ini galat agar `lontar fmt --write` tidak menulis kembali karakter yang hilang itu. Simpan berkas sebagai UTF-8 (di Notepad: Save As, Encoding UTF-8) lalu periksa lagi.",
    ),
    {
      notUtf8: L(
        "this character could not be read: the file is not UTF-8 (saved as Windows-1252 or \"ANSI\"?); save it as UTF-8",
        "karakter ini tidak dapat dibaca: berkas bukan UTF-8 (tersimpan sebagai Windows-1252 atau \"ANSI\"?); simpan sebagai UTF-8",
      ),
    },
  ),
  LON1006: entry(
    "warning",
    L("More problems in this file", "Masalah lain dalam berkas ini"),
    L(
      "A file has more problems than are reported for one file (1,000, and of them at most 100 syntax errors): the first are reported, and this one counts the rest. It takes the severity of the most serious problem it counts. Fix the problems reported (often one mistake repeated, such as a name declared many times) and check again.",
      "Sebuah berkas memiliki lebih banyak masalah daripada yang dilaporkan untuk satu berkas (1.000, dan di antaranya paling banyak 100 galat sintaks): yang pertama dilaporkan, dan yang ini menghitung sisanya. Tingkatnya mengikuti masalah paling serius yang dihitungnya. Perbaiki masalah yang dilaporkan (sering satu kesalahan yang berulang, seperti nama yang dideklarasikan berkali-kali) lalu periksa lagi.",
    ),
    {
      more: L(
        "{count} more problems in this file are not shown: at most {max} are reported per file",
        "{count} masalah lain dalam berkas ini tidak ditampilkan: paling banyak {max} dilaporkan per berkas",
      ),
      moreSyntax: L(
        "{count} more syntax errors in this file are not shown: at most {max} are reported per file; fix these and check again",
        "{count} galat sintaks lain dalam berkas ini tidak ditampilkan: paling banyak {max} dilaporkan per berkas; perbaiki yang ini lalu periksa lagi",
      ),
    },
  ),
  LON1005: entry(
    "error",
    L("Invalid regular expression", "Ekspresi reguler tidak sah"),
    L(
      "The pattern after `=~` is not a valid regular expression, or uses flags other than `i`, `m`, `s` and `u`.",
      "Pola setelah `=~` bukan ekspresi reguler yang sah, atau memakai flag selain `i`, `m`, `s`, dan `u`.",
    ),
    {
      invalid: L("`{pattern}` is not a valid regular expression", "`{pattern}` bukan ekspresi reguler yang sah"),
      refused: L(
        "`{pattern}` is refused: conditions run patterns in linear time, which rules out backreferences, lookaround and repetition bounds above 1000",
        "`{pattern}` ditolak: kondisi menjalankan pola dalam waktu linear, sehingga rujukan balik, lookaround, dan batas pengulangan di atas 1000 tidak dapat dipakai",
      ),
    },
  ),
  LON1010: entry(
    "error",
    L("Nesting too deep", "Susunan terlalu dalam"),
    L(
      "Parentheses, brackets, braces or `!` are nested more than 200 levels deep, or a file's conditions have more than 10,000 operands (`&&`, `||`, list items). The rest of the file is not read. Simplify the condition.",
      "Tanda kurung, kurung siku, kurung kurawal, atau `!` bersarang lebih dari 200 tingkat, atau kondisi sebuah berkas memiliki lebih dari 10.000 operan (`&&`, `||`, butir daftar). Sisa berkas tidak dibaca. Sederhanakan kondisinya.",
    ),
    {
      operands: L("more than {max} condition operands (`&&`, `||`, list items); the rest of the file is not read", "lebih dari {max} operan kondisi (`&&`, `||`, butir daftar); sisa berkas tidak dibaca"),
      nesting: L("nested more than {max} levels deep; the rest of the file is not read", "bersarang lebih dari {max} tingkat; sisa berkas tidak dibaca"),
      coreTooDeep: L("the input nests deeper than {max} levels{where} [{coreCode}]", "masukan bersarang lebih dalam dari {max} tingkat{where} [{coreCode}]"),
    },
  ),
  LON1101: entry(
    "error",
    L("Unexpected token", "Kata atau tanda tak terduga"),
    L(
      "The parser expected one thing (a time after `at`, a name after `program`, …) and found another. The message says what was expected.",
      "Pengurai mengharapkan satu hal (waktu setelah `pukul`, nama setelah `program`, …) dan menemukan hal lain. Pesannya menyebut apa yang diharapkan.",
    ),
    { parser: L("{detail}", "{detail}") },
  ),
  LON1102: entry(
    "error",
    L("Cannot read this", "Tidak dapat dibaca"),
    L(
      "None of the forms that may stand here starts like this (for example a schedule written `weekly` where `every week` or a form like it may stand). The message lists what may start here.",
      "Tidak ada bentuk yang boleh berdiri di sini yang diawali seperti ini (misalnya jadwal yang ditulis `mingguan` padahal di situ boleh `setiap minggu` atau bentuk sejenisnya). Pesannya menyebut apa yang boleh mengawali di sini.",
    ),
    { parser: L("{detail}", "{detail}") },
  ),
  LON1103: entry(
    "error",
    L("Expected at least one item", "Diharapkan sedikitnya satu butir"),
    L("A list needs at least one item here (for example `sites` needs at least one site name).", "Daftar di sini memerlukan sedikitnya satu butir (misalnya `lokasi` memerlukan sedikitnya satu nama lokasi)."),
    { parser: L("{detail}", "{detail}") },
  ),
  LON1104: entry(
    "error",
    L("Expected a declaration", "Diharapkan deklarasi"),
    L(
      "At the top level of a file only `import`, `horizon` and declarations (`library`, `program`, `agreement`, …) may stand. The parser skips to the next declaration and goes on.",
      "Di tingkat teratas berkas hanya boleh ada `impor`, `cakrawala`, dan deklarasi (`perpustakaan`, `program`, `kesepakatan`, …). Pengurai melompat ke deklarasi berikutnya lalu melanjutkan.",
    ),
    {
      parser: L("{detail}", "{detail}"),
      pathForText: L(
        "the text is a path, `{text}`, not a file's content: read the file and give its text (`readFileSync(path, \"utf8\")`), or check a folder with `analyzeFolder`",
        "teksnya adalah path, `{text}`, bukan isi berkas: baca berkasnya dan berikan teksnya (`readFileSync(path, \"utf8\")`), atau periksa folder dengan `analyzeFolder`",
      ),
    },
  ),
  LON1105: entry(
    "error",
    L("Declaration not closed", "Deklarasi tidak ditutup"),
    L(
      "A declaration's `{` has no matching `}` before the next declaration or the end of the file. Add the `}` after its last property.",
      "Tanda `{` sebuah deklarasi tidak memiliki pasangan `}` sebelum deklarasi berikutnya atau akhir berkas. Tambahkan `}` setelah properti terakhirnya.",
    ),
    { parser: L("{detail}", "{detail}") },
  ),
  LON1106: entry(
    "error",
    L("Time or date written another way", "Jam atau tanggal ditulis dengan cara lain"),
    L(
      "A time written with a dot (`09.00`, as Indonesian official writing has it), or a date written day first (`17-08-2026`, `17/08/2026`, `17.08.2026`, or with a two-digit year, `17-08-26`) or year first but not as `YYYY-MM-DD` (`2026-8-17`, `2026/08/17`). Lontar writes a time with a colon (`09:00`) and a date year first, as ISO `YYYY-MM-DD` (`2026-08-17`). When the value meant is certain (a time of day; a date read day first, as Indonesia writes it, that is on the calendar, a two-digit year being in this century), the fix writes it so. Likewise a date with its month's name (`17 Agustus 2026`), a zone after a time (`09:00 WIB`), `jam 09:00` for `pukul 09:00`, `sampai dengan` or `s.d.` for `sampai`, and rupiah with cents or a dot (`Rp 150.000,00`, `Rp. 150.000`).",
      "Jam yang ditulis dengan titik (`09.00`, seperti dalam tulisan resmi berbahasa Indonesia), atau tanggal yang ditulis dengan hari lebih dulu (`17-08-2026`, `17/08/2026`, `17.08.2026`, atau dengan tahun dua angka, `17-08-26`) atau dengan tahun lebih dulu tetapi tidak sebagai `YYYY-MM-DD` (`2026-8-17`, `2026/08/17`). Lontar menulis jam dengan titik dua (`09:00`) dan tanggal dengan tahun lebih dulu, sesuai ISO `YYYY-MM-DD` (`2026-08-17`). Bila nilai yang dimaksud sudah pasti (sebuah jam; tanggal yang dibaca dengan hari lebih dulu, seperti kebiasaan di Indonesia, dan ada di kalender, tahun dua angka dibaca di abad ini), perbaikannya menuliskannya begitu. Begitu pula tanggal dengan nama bulannya (`17 Agustus 2026`), zona setelah jam (`09:00 WIB`), `jam 09:00` untuk `pukul 09:00`, `sampai dengan` atau `s.d.` untuk `sampai`, dan rupiah dengan sen atau titik (`Rp 150.000,00`, `Rp. 150.000`).",
    ),
    {
      time: L("`{text}` is a time written with a dot: Lontar writes `{fixed}`, with a colon", "`{text}` adalah jam yang ditulis dengan titik: Lontar menulis `{fixed}`, dengan titik dua"),
      timeAmbiguous: L(
        "`{text}` is a time written with a dot, at night or in the afternoon: Lontar writes a time with a colon on a 24-hour clock (`{morning}` or `{afternoon}`)",
        "`{text}` adalah jam yang ditulis dengan titik, dini hari atau siang: Lontar menulis jam dengan titik dua dalam 24 jam (`{morning}` atau `{afternoon}`)",
      ),
      notTime: L(
        "`{text}` is written with a dot and is no time of day: Lontar writes a time with a colon, HH:mm from 00:00 to 24:00 (`09:00`)",
        "`{text}` ditulis dengan titik dan bukan jam: Lontar menulis jam dengan titik dua, HH:mm dari 00:00 sampai 24:00 (`09:00`)",
      ),
      dayFirst: L("`{text}` is a date written day first: Lontar writes it year first, as year-month-day, YYYY-MM-DD: `{fixed}`", "`{text}` adalah tanggal yang ditulis dengan hari lebih dulu: Lontar menulisnya dengan tahun lebih dulu, sebagai tahun-bulan-tanggal, YYYY-MM-DD: `{fixed}`"),
      dayFirstNotDate: L(
        "`{text}` is written day first, and read so it is no date ({reading} is not on the calendar): Lontar writes a date year first, as year-month-day, YYYY-MM-DD (`{example}`)",
        "`{text}` ditulis dengan hari lebih dulu, dan dibaca begitu bukan tanggal ({reading} tidak ada di kalender): Lontar menulis tanggal dengan tahun lebih dulu, sebagai tahun-bulan-tanggal, YYYY-MM-DD (`{example}`)",
      ),
      shortYear: L(
        "`{text}` is a date written day first with a two-digit year: Lontar writes the year in full, year first, as year-month-day, YYYY-MM-DD: `{fixed}`",
        "`{text}` adalah tanggal yang ditulis dengan hari lebih dulu dan tahun dua angka: Lontar menulis tahunnya lengkap, lebih dulu, sebagai tahun-bulan-tanggal, YYYY-MM-DD: `{fixed}`",
      ),
      shortYearNotDate: L(
        "`{text}` is written day first with a two-digit year, and read so it is no date ({reading} is not on the calendar): Lontar writes a date in full, year first, as year-month-day, YYYY-MM-DD (`{example}`)",
        "`{text}` ditulis dengan hari lebih dulu dan tahun dua angka, dan dibaca begitu bukan tanggal ({reading} tidak ada di kalender): Lontar menulis tanggal lengkap dengan tahun lebih dulu, sebagai tahun-bulan-tanggal, YYYY-MM-DD (`{example}`)",
      ),
      monthName: L("`{text}` is a date with its month's name: Lontar writes it as year-month-day, YYYY-MM-DD: `{fixed}`", "`{text}` adalah tanggal dengan nama bulannya: Lontar menulisnya sebagai tahun-bulan-tanggal, YYYY-MM-DD: `{fixed}`"),
      monthNameNoYear: L("`{text}` has no year: Lontar writes a whole date, year first, as `YYYY-MM-DD` (`{example}`)", "`{text}` tidak memakai tahun: Lontar menulis tanggal lengkap, tahun lebih dulu, sebagai `YYYY-MM-DD` (`{example}`)"),
      monthDayNotDate: L(
        "`{text}` is no date: that month has at most {reading} days; Lontar writes a whole date, year first, as `YYYY-MM-DD`",
        "`{text}` bukan tanggal: bulan itu paling banyak {reading} hari; Lontar menulis tanggal lengkap, tahun lebih dulu, sebagai `YYYY-MM-DD`",
      ),
      monthNameNotDate: L(
        "`{text}` is no date ({reading} is not on the calendar): Lontar writes a date as year-month-day, YYYY-MM-DD (`{example}`)",
        "`{text}` bukan tanggal ({reading} tidak ada di kalender): Lontar menulis tanggal sebagai tahun-bulan-tanggal, YYYY-MM-DD (`{example}`)",
      ),
      zone: L(
        "`{text}`: Lontar reads a time in its library's zone (set by the province, or `timezone`), so it writes the time alone: `{fixed}`",
        "`{text}`: Lontar membaca jam dalam zona waktu perpustakaannya (dari provinsinya, atau `zona_waktu`), jadi menulis jamnya saja: `{fixed}`",
      ),
      zoneOther: L(
        "`{text}` is {fixed} in its library's zone ({word}): Lontar reads a time in the library's zone, so it writes `{fixed}`",
        "`{text}` adalah pukul {fixed} di zona waktu perpustakaannya ({word}): Lontar membaca jam dalam zona waktu perpustakaan, jadi menulis `{fixed}`",
      ),
      zoneOtherWritten: L(
        "`{text}` is written in another zone than its library's ({word}): Lontar reads times in the library's zone, so it writes `{fixed}`",
        "`{text}` ditulis dalam zona waktu lain dari zona perpustakaannya ({word}): Lontar membaca jam dalam zona waktu perpustakaan, jadi menulis `{fixed}`",
      ),
      zoneAmbiguous: L(
        "`{text}` is in the morning or the afternoon: Lontar reads a time in its library's zone on a 24-hour clock, so it writes the time alone, `{morning}` or `{afternoon}`",
        "`{text}` adalah pagi atau sore: Lontar membaca jam dalam zona waktu perpustakaannya dalam 24 jam, jadi menulis jamnya saja, `{morning}` atau `{afternoon}`",
      ),
      zoneOtherAmbiguous: L(
        "`{text}` is {morning} or {afternoon} in its library's zone ({word}): Lontar reads a time in the library's zone on a 24-hour clock, so it writes the one meant",
        "`{text}` adalah pukul {morning} atau {afternoon} di zona waktu perpustakaannya ({word}): Lontar membaca jam dalam zona waktu perpustakaan dalam 24 jam, jadi menulis yang dimaksud",
      ),
      zoneOtherDay: L(
        "`{text}` falls on another day in its library's zone ({word}): Lontar reads a time in the library's zone; write the library's date and time",
        "`{text}` jatuh pada hari lain di zona waktu perpustakaannya ({word}): Lontar membaca jam dalam zona waktu perpustakaan; tuliskan tanggal dan jam perpustakaan",
      ),
      cents: L("`{text}` has cents: Lontar writes whole rupiah, `{fixed}`", "`{text}` memakai sen: Lontar menulis rupiah bulat, `{fixed}`"),
      notWholeRupiah: L("`{text}` is not a whole number of rupiah: Lontar writes whole rupiah, with dots between thousands (`Rp 150.000`)", "`{text}` bukan rupiah bulat: Lontar menulis rupiah bulat, dengan titik di antara ribuan (`Rp 150.000`)"),
      rpDot: L("`{text}` has a dot after `Rp`: Lontar writes `{fixed}`", "`{text}` memakai titik setelah `Rp`: Lontar menulis `{fixed}`"),
      timeWithoutAt: L("`{text}` is a time of day: Lontar writes the keyword before it, `{fixed}`", "`{text}` adalah jam dalam sehari: Lontar menulis kata kuncinya di depannya, `{fixed}`"),
      jamForPukul: L("a time of day follows `pukul`, as in `pukul 09:00`; `jam` counts hours (`selama 2 jam`)", "jam dalam sehari ditulis setelah `pukul`, seperti `pukul 09:00`; `jam` menghitung lama (`selama 2 jam`)"),
      untilWith: L("`{text}` means `sampai`: Lontar writes `sampai` alone", "`{text}` berarti `sampai`: Lontar menulis `sampai` saja"),
      decimalHours: L("`{text}` counts hours with a fraction: Lontar writes a duration in whole hours or minutes: `{fixed}`", "`{text}` menghitung jam dengan pecahan: Lontar menulis lama dalam jam atau menit bulat: `{fixed}`"),
      decimalHoursInexact: L("`{text}` is no whole number of minutes: Lontar writes a duration in whole hours or minutes (`90 minutes`, `2h`)", "`{text}` bukan menit bulat: Lontar menulis lama dalam jam atau menit bulat (`90 menit`, `2 jam`)"),
      yearFirst: L("`{text}` is a date not written YYYY-MM-DD: Lontar writes it as year-month-day, YYYY-MM-DD, with two-digit months and days and `-` between: `{fixed}`", "`{text}` adalah tanggal yang tidak ditulis YYYY-MM-DD: Lontar menulisnya sebagai tahun-bulan-tanggal, YYYY-MM-DD, bulan dan hari dua angka dengan `-` di antaranya: `{fixed}`"),
      dayRange: L("`{text}` between two days: Lontar writes a range of days with `..`, as in `{example}`", "`{text}` di antara dua hari: Lontar menulis rentang hari dengan `..`, seperti `{example}`"),
      regionJoin: L("`{text}` between the parts of a region: Lontar joins them with `/`, as in `{example}`", "`{text}` di antara bagian-bagian wilayah: Lontar menggabungkannya dengan `/`, seperti `{example}`"),
      dateRange: L("`{text}` between two dates: Lontar writes a range of dates with `..`, as in `{example}`", "`{text}` di antara dua tanggal: Lontar menulis rentang tanggal dengan `..`, seperti `{example}`"),
      writtenDateRange: L("`{text}` is a range of dates as letters write it: Lontar writes it `{fixed}`", "`{text}` adalah rentang tanggal seperti yang ditulis dalam surat: Lontar menulisnya `{fixed}`"),
      timeRange: L("`{text}` between two times: Lontar writes a span of hours with `-`, as in `{example}`", "`{text}` di antara dua jam: Lontar menulis rentang jam dengan `-`, seperti `{example}`"),
      hyphenName: L("`{text}`: a name joins its words with `_`, not `-`: `{fixed}`", "`{text}`: nama menyambung kata-katanya dengan `_`, bukan `-`: `{fixed}`"),
      nameTwice: L("`{text}`: the name is written twice: `{fixed}`", "`{text}`: namanya tertulis dua kali: `{fixed}`"),
      spacedHeadName: L("`{text}`: a name is one word, its words joined with `_`: `{fixed}`", "`{text}`: nama adalah satu kata, kata-katanya disambung dengan `_`: `{fixed}`"),
      unquotedText: L("`{text}`: a name, a title or a description is a text, written in quotes: `{fixed}`", "`{text}`: nama, judul, atau keterangan adalah teks, ditulis dalam tanda kutip: `{fixed}`"),
      unquotedZone: L("`{text}`: a time zone is a text, written in quotes: `{fixed}`", "`{text}`: zona waktu adalah teks, ditulis dalam tanda kutip: `{fixed}`"),
      unquotedZoneMeant: L("`{text}`: a time zone is a text in quotes, by its IANA name: `{fixed}`", "`{text}`: zona waktu adalah teks dalam tanda kutip, dengan nama IANA-nya: `{fixed}`"),
      quotedName: L("`{text}`: a name or a value stands without quotes (quotes are for texts like titles): `{fixed}`", "`{text}`: nama atau nilai ditulis tanpa tanda kutip (tanda kutip untuk teks seperti judul): `{fixed}`"),
      timeWithPart: L("`{text}` is a time on a 12-hour clock: Lontar writes a time as HH:mm on a 24-hour clock: `{fixed}`", "`{text}` adalah jam dengan hitungan 12 jam: Lontar menulis jam sebagai HH:mm dalam 24 jam: `{fixed}`"),
      timeWithPartAmbiguous: L(
        "`{text}`: the part of the day does not fit the hour: Lontar writes a time as HH:mm on a 24-hour clock (`{morning}` or `{afternoon}`)",
        "`{text}`: bagian harinya tidak cocok dengan jamnya: Lontar menulis jam sebagai HH:mm dalam 24 jam (`{morning}` atau `{afternoon}`)",
      ),
      hourOnly: L("`{text}` is an hour with no minutes: Lontar writes a time as HH:mm on a 24-hour clock: `{fixed}`", "`{text}` adalah jam tanpa menit: Lontar menulis jam sebagai HH:mm dalam 24 jam: `{fixed}`"),
      unfinishedTime: L(
        "`{text}` is an unfinished time: write its minutes, two digits after `:`, as in `{example}`",
        "`{text}` adalah jam yang belum lengkap: tulis menitnya, dua angka setelah `:`, seperti `{example}`",
      ),
      unfinishedDate: L(
        "`{text}` is an unfinished date: write it whole, YYYY-MM-DD with two digits of month and two of day, as in `{example}`",
        "`{text}` adalah tanggal yang belum lengkap: tulis lengkap, YYYY-MM-DD dengan dua angka bulan dan dua angka hari, seperti `{example}`",
      ),
      unfinishedMoney: L(
        "`{text}` is an unfinished amount, or one with a decimal point: Lontar writes whole rupiah, with three digits after each dot between thousands, as in `{example}`",
        "`{text}` adalah jumlah uang yang belum lengkap, atau memakai titik desimal: Lontar menulis rupiah bulat, dengan tiga angka setelah setiap titik di antara ribuan, seperti `{example}`",
      ),
      audienceLevel: L("`{text}`: a school level after the group is written in quotes: `{fixed}`", "`{text}`: jenjang sekolah setelah kelompoknya ditulis dalam tanda kutip: `{fixed}`"),
      negativeMoney: L(
        "`{text}` is an amount below zero: a cost, a budget or what a party pays is written as whole rupiah from `Rp 0` up, as in `Rp 5.000`",
        "`{text}` adalah jumlah uang di bawah nol: biaya, anggaran, atau yang dibayar suatu pihak ditulis sebagai rupiah bulat mulai `Rp 0`, seperti `Rp 5.000`",
      ),
      hourOnlyAmbiguous: L(
        "`{text}` is an hour with no minutes, in the morning or the afternoon: Lontar writes a time as HH:mm on a 24-hour clock (`{morning}` or `{afternoon}`)",
        "`{text}` adalah jam tanpa menit, pagi atau sore: Lontar menulis jam sebagai HH:mm dalam 24 jam (`{morning}` atau `{afternoon}`)",
      ),
      numberSpelled: L("`{text}`: Lontar writes a number once, in digits: `{fixed}`", "`{text}`: Lontar menulis bilangan sekali saja, dengan angka: `{fixed}`"),
      numberSpelledOther: L(
        "`{text}`: the digits and the words are two numbers (`{one}` or `{other}`); Lontar writes the one meant, in digits",
        "`{text}`: angka dan hurufnya dua bilangan berbeda (`{one}` atau `{other}`); Lontar menulis yang dimaksud, dengan angka",
      ),
      numberWord: L("`{text}` is a number in words: Lontar writes its digits: `{fixed}`", "`{text}` adalah bilangan dalam huruf: Lontar menulis angkanya: `{fixed}`"),
      countRange: L("`{text}`: a count is written as one number, the most expected: `{fixed}`", "`{text}`: jumlah ditulis satu angka, jumlah terbanyak yang diharapkan: `{fixed}`"),
      countBound: L("`{text}`: a count is written as its number alone, the number expected: `{fixed}`", "`{text}`: jumlah ditulis angkanya saja, jumlah yang diharapkan: `{fixed}`"),
      countUnit: L("`{text}`: a count is written as its number alone (the property says what it counts): `{fixed}`", "`{text}`: jumlah ditulis angkanya saja (propertinya sudah menyebut apa yang dihitung): `{fixed}`"),
      capitalKeyword: L("`{text}`: Lontar's words are written in lower case: `{fixed}`", "`{text}`: kata-kata Lontar ditulis dengan huruf kecil: `{fixed}`"),
      capitalDayRange: L("`{text}`: Lontar writes a range of days in lower case, joined by `..`: `{fixed}`", "`{text}`: Lontar menulis rentang hari dengan huruf kecil, disambung `..`: `{fixed}`"),
      capitalSundayOrWeek: L(
        "`{text}` after `setiap`, capitalised, may be Sunday or the week: write `{one}` for every Sunday, `{other}` for every week (from the start's day, or with `pada` and the days)",
        "`{text}` dengan huruf besar setelah `setiap` bisa berarti hari Minggu atau pekan: tulis `{one}` untuk setiap hari Minggu, `{other}` untuk setiap pekan (mulai hari awalnya, atau dengan `pada` dan harinya)",
      ),
      capitalSunday: L(
        "`{text}`, capitalised, is Sunday: Lontar writes it `{fixed}` here (`minggu` in lower case would read as the week)",
        "`{text}` dengan huruf besar adalah hari Minggu: Lontar menulisnya `{fixed}` di sini (`minggu` dengan huruf kecil akan dibaca sebagai pekan)",
      ),
      spacedValue: L("`{text}`: a value of several words joins them with `_`: `{fixed}`", "`{text}`: nilai yang terdiri dari beberapa kata menyambung kata-katanya dengan `_`: `{fixed}`"),
      tierName: L("`{text}`: a library's tier is written as the tier alone, without `{word}`: `{fixed}`", "`{text}`: jenjang perpustakaan ditulis jenjangnya saja, tanpa `{word}`: `{fixed}`"),
      wordsFor: L("`{text}` means `{fixed}`: Lontar writes `{fixed}`", "`{text}` berarti `{fixed}`: Lontar menulis `{fixed}`"),
      dayList: L("`{text}` between two days: Lontar lists days with `,`, as in `{example}`", "`{text}` di antara dua hari: Lontar mendaftar hari dengan `,`, seperti `{example}`"),
      qualifiedValue: L("`{text}`: a value is written alone after its keyword: `{fixed}`", "`{text}`: nilai ditulis sendiri setelah kata kuncinya: `{fixed}`"),
      indicatorOrder: L(
        "`{text}`: an indicator gives its weight before its target: `{fixed}`",
        "`{text}`: indikator menyebut bobotnya sebelum targetnya: `{fixed}`",
      ),
      dayOr: L(
        "`{text}` between two days: a flexible schedule lists the days its sessions may fall on with `,`: `{example}`",
        "`{text}` di antara dua hari: jadwal fleksibel mendaftar hari-hari yang boleh dipakai sesinya dengan `,`: `{example}`",
      ),
      dayOrRecurring: L(
        "`{text}` between two days: `{example}` holds a session on each of them; for one session on either day, write a flexible schedule, `{flexible}`",
        "`{text}` di antara dua hari: `{example}` mengadakan sesi pada kedua hari itu; untuk satu sesi pada salah satunya, tulis jadwal fleksibel, `{flexible}`",
      ),
      daysSideBySide: L(
        "`{text}`: days side by side need a join: `{range}` for the days from `{from}` to `{to}`, or `{list}` for those two days",
        "`{text}`: hari yang berdampingan perlu penyambung: `{range}` untuk hari-hari dari `{from}` sampai `{to}`, atau `{list}` untuk kedua hari itu saja",
      ),
      daysListSideBySide: L(
        "`{text}`: days side by side need a join; three days or more are a list (a range has two ends), written with `,`: `{fixed}`",
        "`{text}`: hari yang berdampingan perlu penyambung; tiga hari atau lebih adalah daftar (rentang hanya punya dua ujung), ditulis dengan `,`: `{fixed}`",
      ),
      listJoin: L("`{text}` between two items of a list: Lontar lists them with `,`", "`{text}` di antara dua butir daftar: Lontar mendaftarnya dengan `,`"),
      partiesJoin: L("`{text}` between an agreement's parties: Lontar joins them with `{fixed}`, as in `{example}`", "`{text}` di antara para pihak kesepakatan: Lontar menggabungkannya dengan `{fixed}`, seperti `{example}`"),
      dayWord: L("`{text}`: Lontar writes the day's name alone: `{fixed}`", "`{text}`: Lontar menulis nama harinya saja: `{fixed}`"),
      libraryPartner: L(
        "`{text}` is a library: a partner that is a library is of the kind `{fixed}`",
        "`{text}` adalah perpustakaan: mitra yang berupa perpustakaan berjenis `{fixed}`",
      ),
      singleEquals: L("`{text}`: a condition compares with `==` and `!=`; did you mean `{fixed}`?", "`{text}`: kondisi membandingkan dengan `==` dan `!=`; maksud Anda `{fixed}`?"),
      notEqual: L("`{text}`: a condition writes \"not equal\" as `!=`; did you mean `{fixed}`?", "`{text}`: kondisi menulis \"tidak sama dengan\" sebagai `!=`; maksud Anda `{fixed}`?"),
      orderSign: L("`{text}`: a condition compares with `<`, `<=`, `>` and `>=`; did you mean `{fixed}`?", "`{text}`: kondisi membandingkan dengan `<`, `<=`, `>` dan `>=`; maksud Anda `{fixed}`?"),
      conditionWord: L(
        "`{text}` between two conditions: conditions are joined with `&&` (both hold) or `||` (either holds); did you mean `{fixed}`?",
        "`{text}` di antara dua kondisi: kondisi disambung dengan `&&` (keduanya berlaku) atau `||` (salah satunya berlaku); maksud Anda `{fixed}`?",
      ),
      orValues: L(
        "`{text}`: a fact compared with one of several values is tested against their list: `{fixed}`",
        "`{text}`: fakta yang dibandingkan dengan salah satu dari beberapa nilai diuji terhadap daftarnya: `{fixed}`",
      ),
      andValues: L(
        "`{text}`: a fact has one value at a time, so it is never equal to both; to test for either, write `{example}`",
        "`{text}`: fakta hanya punya satu nilai pada satu waktu, jadi tidak pernah sama dengan keduanya; untuk salah satunya, tulis `{example}`",
      ),
      wordBeforeIn: L("`{text}`: `{fixed}` compares by itself; write `{fixed}` with no word before it", "`{text}`: `{fixed}` sudah membandingkan sendiri; tulis `{fixed}` tanpa kata sebelumnya"),
      conditionBetween: L("`{text}`: a condition writes a span as two comparisons: `{fixed}`", "`{text}`: kondisi menulis rentang sebagai dua perbandingan: `{fixed}`"),
      conditionBetweenHours: L(
        "`{text}`: whether a session's hours meet a span is written `{example}` (for a session that starts in it, compare its start: `occurrence.start >= … && occurrence.start <= …`)",
        "`{text}`: apakah jam sebuah kegiatan beririsan dengan rentang ditulis `{example}` (untuk kegiatan yang dimulai di dalamnya, bandingkan jam mulainya: `kegiatan.mulai >= … && kegiatan.mulai <= …`)",
      ),
      atRange: L(
        "`{text}`: a session is written with its start and its length, not its end: `{fixed}`, as in `{example}`",
        "`{text}`: sesi ditulis dengan jam mulai dan lamanya, bukan jam selesainya: `{fixed}`, seperti `{example}`",
      ),
      atUntilDone: L(
        "`{text}`: a session is written with its start and its length (`selama 2 jam`, `for 2h`); write how long it runs",
        "`{text}`: sesi ditulis dengan jam mulai dan lamanya (`selama 2 jam`); tuliskan berapa lama sesi berlangsung",
      ),
      dashCents: L("`{text}`: `,-` says there are no cents; Lontar writes the amount alone: `{fixed}`", "`{text}`: `,-` menyatakan tanpa sen; Lontar menulis jumlahnya saja: `{fixed}`"),
      needClauseWord: L("`{text}`: did you mean `{fixed}`? A need is written `{example}`", "`{text}`: maksud Anda `{fixed}`? Kebutuhan ditulis `{example}`"),
      dateWord: L("`{text}`: Lontar writes a date alone, without a word for it before: `{fixed}`", "`{text}`: Lontar menulis tanggal saja, tanpa kata `tanggal` di depannya: `{fixed}`"),
      noRupiah: L("`{text}`: Lontar writes an amount of money in rupiah, with `Rp` before its digits: `{fixed}`", "`{text}`: Lontar menulis jumlah uang dalam rupiah, dengan `Rp` di depan angkanya: `{fixed}`"),
      moneyWord: L("`{text}`: Lontar writes an amount of rupiah in digits: `{fixed}`", "`{text}`: Lontar menulis jumlah rupiah dengan angka: `{fixed}`"),
      thousandsComma: L(
        "`{text}` is written as English writes numbers, with `,` between thousands: Lontar writes whole rupiah with dots between thousands (in Indonesia `,` is a decimal comma): `{fixed}`",
        "`{text}` ditulis seperti bilangan bahasa Inggris, dengan `,` di antara ribuan: Lontar menulis rupiah bulat dengan titik di antara ribuan (di Indonesia `,` adalah koma desimal): `{fixed}`",
      ),
      thousandsSpace: L(
        "`{text}` has spaces between its thousands: Lontar writes whole rupiah with dots between thousands: `{fixed}`",
        "`{text}` memakai spasi di antara ribuan: Lontar menulis rupiah bulat dengan titik di antara ribuan: `{fixed}`",
      ),
      moneyWordOrder: L(
        "`{text}`: its words for thousands do not go from the largest down, each part less than the one before (`Rp 1 juta 500 ribu`): Lontar writes an amount of rupiah in digits, with dots between thousands; write the one meant",
        "`{text}`: kata-kata ribuannya tidak berurutan dari yang terbesar, tiap bagian kurang dari bagian sebelumnya (`Rp 1 juta 500 ribu`): Lontar menulis jumlah rupiah dengan angka, dengan titik di antara ribuan; tulis yang dimaksud",
      ),
      moneyAmbiguous: L(
        "`{text}` may be read as `{one}` or as `{other}`: Lontar writes an amount of rupiah in digits, with dots between thousands; write the one meant",
        "`{text}` dapat dibaca sebagai `{one}` atau `{other}`: Lontar menulis jumlah rupiah dengan angka, dengan titik di antara ribuan; tulis yang dimaksud",
      ),
      validityRange: L(
        "`{text}`: an agreement is in force over a range of dates, written from its first day to its last with `..`: `{fixed}`",
        "`{text}`: kesepakatan berlaku selama rentang tanggal, ditulis dari hari pertama sampai hari terakhirnya dengan `..`: `{fixed}`",
      ),
      validityNotDates: L(
        "`{text}`: an agreement is in force over a range of dates, written from its first day to its last, as in `{example}`",
        "`{text}`: kesepakatan berlaku selama rentang tanggal, ditulis dari hari pertama sampai hari terakhirnya, seperti `{example}`",
      ),
      validityParties: L(
        "`{text}`: an agreement's validity is the range of dates it is in force, as in `{example}`; its parties are written after `between` (`applies to` is a KPI's)",
        "`{text}`: masa berlaku kesepakatan adalah rentang tanggal berlakunya, seperti `{example}`; para pihaknya ditulis setelah `antara` (`berlaku untuk` milik KPI)",
      ),
      atHours: L(
        "`{text}`: hours follow their days right away, with no word between: `{fixed}`",
        "`{text}`: jam ditulis langsung setelah harinya, tanpa kata di antaranya: `{fixed}`",
      ),
      closedOnLeave: L(
        "`{text}`: closing on cuti bersama is written `{fixed}` (a library is closed on national holidays in any case)",
        "`{text}`: tutup pada cuti bersama ditulis `{fixed}` (perpustakaan memang tutup pada hari libur nasional)",
      ),
      needPeople: L(
        "`{text}`: a need names the kind of resource it takes, staff or a volunteer: `{one}` or `{other}`",
        "`{text}`: kebutuhan menyebut jenis sumber dayanya, staf atau relawan: `{one}` atau `{other}`",
      ),
      partWithoutTime: L(
        "`{text}` says a part of the day, not when the session starts: a schedule gives its time with `at`, as in `{example}`",
        "`{text}` menyebut bagian hari, bukan jam mulai sesinya: jadwal menyebut jamnya dengan `pukul`, seperti `{example}`",
      ),
      partBeforeAt: L(
        "`{text}`: the time says the part of the day, so Lontar writes the time alone: `{fixed}`",
        "`{text}`: jamnya sudah menyatakan bagian harinya, jadi Lontar menulis jamnya saja: `{fixed}`",
      ),
      betweenAtHours: L(
        "`{text}`: the span of hours follows `{word}` right away, with no word before it: `{fixed}`",
        "`{text}`: rentang jam ditulis langsung setelah `{word}`, tanpa kata di depannya: `{fixed}`",
      ),
      exceptOutside: L(
        "`{text}`: `{example}` is not one of the window's days, so nothing is excepted: `{fixed}`",
        "`{text}`: `{example}` tidak termasuk hari jendela itu, jadi tidak ada yang dikecualikan: `{fixed}`",
      ),
      exceptHours: L(
        "`{text}`: opening hours and availability are windows, so the hours excepted split the days and hours they fall in: `{fixed}`",
        "`{text}`: jam buka dan ketersediaan adalah jendela-jendela, jadi jam yang dikecualikan memisah hari dan jam yang dilewatinya: `{fixed}`",
      ),
      exceptHoursLast: L(
        "`{text}`: hours excepted with no day after more than one window may be meant of the last window or of every one; opening hours and availability are windows, so write each window's hours as they are: for the last window alone, `{example}`",
        "`{text}`: jam yang dikecualikan tanpa hari setelah lebih dari satu jendela bisa dimaksudkan untuk jendela terakhir atau untuk semuanya; jam buka dan ketersediaan adalah jendela-jendela, jadi tulislah jam setiap jendela apa adanya: untuk jendela terakhir saja, `{example}`",
      ),
      hoursWithoutDays: L(
        "`{text}`: each span of hours follows its days, so the days are written again: `{fixed}`",
        "`{text}`: setiap rentang jam ditulis setelah harinya, jadi harinya ditulis lagi: `{fixed}`",
      ),
      windowHours: L(
        "`{text}`: hours are written with their minutes, on a 24-hour clock: `{fixed}`",
        "`{text}`: jam ditulis dengan menitnya, dalam 24 jam: `{fixed}`",
      ),
      closedOn: L(
        "`{text}`: the holidays a library is closed on are written after `on` or `pada`, as in `{example}`: `{fixed}`",
        "`{text}`: hari libur saat perpustakaan tutup ditulis setelah `pada`, seperti `{example}`: `{fixed}`",
      ),
      singleQuotes: L("`{text}`: a text is written in double quotes: `{fixed}`", "`{text}`: teks ditulis dalam tanda kutip ganda: `{fixed}`"),
      requiresNeeds: L(
        "`{text}` names the TPBIS stage a program waits for (`requires stage replication`); the resources a session needs follow `{fixed}`, as in `{example}`: `{fixed}`",
        "`{text}` menyebut tahap TPBIS yang ditunggu program (`memerlukan tahap replikasi`); sumber daya yang dibutuhkan tiap sesi ditulis setelah `{fixed}`, seperti `{example}`: `{fixed}`",
      ),
      monthYearStart: L("`{text}` is a month: Lontar writes a date, year first, as `YYYY-MM-DD`: its first day, `{fixed}`", "`{text}` adalah bulan: Lontar menulis tanggal, tahun lebih dulu, sebagai `YYYY-MM-DD`: hari pertamanya, `{fixed}`"),
      monthYearEnd: L("`{text}` is a month: Lontar writes a date, year first, as `YYYY-MM-DD`: its last day, `{fixed}`", "`{text}` adalah bulan: Lontar menulis tanggal, tahun lebih dulu, sebagai `YYYY-MM-DD`: hari terakhirnya, `{fixed}`"),
      dateToMonth: L("`{text}` ends at a month: Lontar writes a range of dates with `..` to the month's last day: `{fixed}`", "`{text}` berakhir pada sebuah bulan: Lontar menulis rentang tanggal dengan `..` sampai hari terakhir bulan itu: `{fixed}`"),
      dateToMonthBefore: L(
        "`{text}` ends at a month that is over before its first day ({reading}): a range of dates runs from its first day to a last day on or after it; check which of the two was meant",
        "`{text}` berakhir pada bulan yang sudah lewat sebelum hari pertamanya ({reading}): rentang tanggal berjalan dari hari pertama sampai hari terakhir yang sama atau sesudahnya; periksa mana yang dimaksud",
      ),
      monthRange: L("`{text}` is a span of months: Lontar writes it from its first day to its last: `{fixed}`", "`{text}` adalah rentang bulan: Lontar menulisnya dari hari pertama sampai hari terakhirnya: `{fixed}`"),
      yearsRange: L(
        "`{text}` are two years: Lontar writes a span of dates, such as `{one}` for the whole of both; a school year runs from July to June: write its own dates",
        "`{text}` adalah dua tahun: Lontar menulis rentang tanggal, misalnya `{one}` untuk kedua tahun itu seluruhnya; tahun ajaran berjalan dari Juli sampai Juni: tulis tanggalnya sendiri",
      ),
      yearRange: L("`{text}` is a year: Lontar writes a span of dates from its first day to its last: `{fixed}`", "`{text}` adalah tahun: Lontar menulis rentang tanggal dari hari pertama sampai hari terakhirnya: `{fixed}`"),
      decimalNumber: L("`{text}` is not a whole number: Lontar counts in whole numbers here", "`{text}` bukan bilangan bulat: Lontar menghitung dengan bilangan bulat di sini"),
      decimalThousands: L(
        "`{text}` is not a whole number: Lontar counts in whole numbers here; if the comma groups thousands, as English writes them, write `{one}`",
        "`{text}` bukan bilangan bulat: Lontar menghitung dengan bilangan bulat di sini; bila komanya memisahkan ribuan, seperti tulisan Inggris, tulis `{one}`",
      ),
      weekdayDate: L("`{text}`: Lontar writes a date alone, without its day's name: `{fixed}`", "`{text}`: Lontar menulis tanggal saja, tanpa nama harinya: `{fixed}`"),
      weekdayDateOther: L(
        "`{text}`: {reading} falls on `{example}`, not on the day written; Lontar writes a date alone (YYYY-MM-DD): check which of the two was meant",
        "`{text}`: {reading} jatuh pada hari `{example}`, bukan hari yang ditulis; Lontar menulis tanggal saja (YYYY-MM-DD): periksa mana yang dimaksud",
      ),
      rangeDayEnd: L("`{text}` after `..`: a range of dates ends with a whole date, `{fixed}`", "`{text}` setelah `..`: rentang tanggal diakhiri tanggal lengkap, `{fixed}`"),
      dayRangeMonth: L("`{text}`: Lontar writes days in a row as a range of dates: `{fixed}`", "`{text}`: Lontar menulis hari berturut-turut sebagai rentang tanggal: `{fixed}`"),
      ordinalDigits: L("`{text}`: Lontar writes which weekday of the month in words: `{fixed}`", "`{text}`: Lontar menulis urutan hari dalam bulan dengan kata: `{fixed}`"),
      ordinalAmpersand: L("`{text}` between ordinals: Lontar joins a weekday's ordinals with `{fixed}`: `{example}`", "`{text}` di antara urutan: Lontar menggabungkan urutan hari dengan `{fixed}`: `{example}`"),
      wordBeforeProperty: L("`{text}`: Lontar writes a property's keyword alone, with no word before it: `{fixed}`", "`{text}`: Lontar menulis kata kunci properti saja, tanpa kata lain di depannya: `{fixed}`"),
      weekOrdinal: L("`{text}`: Lontar writes a weekday of certain weeks of the month as the nth weekday of every month: `{fixed}`", "`{text}`: Lontar menulis hari pada minggu tertentu dalam bulan sebagai hari ke-n setiap bulan: `{fixed}`"),
      frequencyWord: L("`{text}`: Lontar writes how often a schedule runs with `every` and its period: `{fixed}`", "`{text}`: Lontar menulis seberapa sering jadwal berjalan dengan `setiap` dan periodenya: `{fixed}`"),
      durationUnit: L("`{text}`: Lontar writes a length's unit in full: `{fixed}`", "`{text}`: Lontar menulis satuan durasi dengan lengkap: `{fixed}`"),
      halfHour: L("`{text}`: Lontar writes a length in whole hours or minutes: `{fixed}`", "`{text}`: Lontar menulis lama dalam jam atau menit bulat: `{fixed}`"),
      hostsBound: L(
        "`{text}`: a number of sessions is a line of its own, with no party or verb before it: `{fixed}` …",
        "`{text}`: banyaknya sesi ditulis pada barisnya sendiri, tanpa pihak atau kata kerja di depannya: `{fixed}` …",
      ),
      hostedCount: L(
        "`{text}`: a number of sessions is a line of its own, the program after `sessions of`: `{example}`",
        "`{text}`: banyaknya sesi ditulis pada barisnya sendiri, dengan programnya setelah `sesi`: `{example}`",
      ),
      providesFor: L("`{text}`: whom a resource is provided to follows `{fixed}`", "`{text}`: kepada siapa sumber daya disediakan ditulis setelah `{fixed}`"),
      sitesAfterPeriod: L("`{text}`: the sites a count of sessions counts come before its period: `{fixed}`", "`{text}`: lokasi yang dihitung ditulis sebelum periodenya: `{fixed}`"),
      sessionsTo: L("`{text}`: the sites a count of sessions counts, where they are held, follow `{fixed}`", "`{text}`: lokasi yang dihitung, tempat sesinya diadakan, ditulis setelah `{fixed}`"),
      sessionsOf: L("`{text}`: an obligation names its program right after `sesi`: `{fixed}`", "`{text}`: kewajiban menyebut programnya tepat setelah `sesi`: `{fixed}`"),
      sessionsWord: L("`{text}`: an obligation counts a program's sessions: `{fixed}`", "`{text}`: kewajiban menghitung sesi sebuah program: `{fixed}`"),
      needCountAfter: L("`{text}`: a need's count comes before what it counts: `{fixed}`", "`{text}`: jumlah kebutuhan ditulis sebelum yang dihitungnya: `{fixed}`"),
      alsoTime: L("`{text}`: a date after `also` takes its time joined to it: `{fixed}`", "`{text}`: tanggal setelah `juga` ditulis bersama jamnya: `{fixed}`"),
      partTwice: L(
        "`{text}`: this schedule already has `{example}`, and a schedule takes one; keep the one you mean",
        "`{text}`: jadwal ini sudah punya `{example}`, dan sebuah jadwal hanya menerima satu; pertahankan yang Anda maksud",
      ),
      stageFrom: L(
        "`{text}`: `stage` is the TPBIS stage a library is at for the whole plan, and takes no date; write the stage it is at during the horizon (`{example}`), and the next stage in the plan of the months after the change",
        "`{text}`: `tahap` adalah tahap TPBIS perpustakaan untuk seluruh rencana, tanpa tanggal; tulis tahap yang dijalaninya selama cakrawala (`{example}`), dan tahap berikutnya pada rencana bulan-bulan setelah perubahannya",
      ),
      sessionsOfPrograms: L(
        "`{text}`: an obligation counts the sessions of one program; write one for each program, each with its own count (a count over several programs together cannot be written)",
        "`{text}`: kewajiban menghitung sesi satu program; tulis satu kewajiban untuk tiap program, masing-masing dengan jumlahnya sendiri (jumlah gabungan beberapa program tidak dapat ditulis)",
      ),
      conditionDate: L("`{text}`: a condition compares a date as its text, in quotes: `{fixed}`", "`{text}`: kondisi membandingkan tanggal sebagai teks, dalam tanda kutip: `{fixed}`"),
      inList: L("`{text}`: the values after `in` are a list, written in brackets: `{fixed}`", "`{text}`: nilai-nilai setelah `dalam` adalah daftar, ditulis dalam kurung siku: `{fixed}`"),
      onceEvery: L("`{text}`: Lontar writes how often a schedule runs without `sekali` (once): `{fixed}`", "`{text}`: Lontar menulis seberapa sering jadwal berjalan tanpa `sekali`: `{fixed}`"),
      everyBetween: L("`{text}`: a recurring schedule's sessions are written by their start and length: `{fixed}` (a window, `between`, is a flexible schedule's)", "`{text}`: sesi jadwal berulang ditulis dengan jam mulai dan lamanya: `{fixed}` (jendela, `antara`, milik jadwal fleksibel)"),
      everyBetweenLength: L(
        "`{text}` with a length shorter than it: a recurring schedule's sessions start at a time, as in `{one}`; a session somewhere in the window, its hour the planner's choice, is a flexible schedule's: `{other}`",
        "`{text}` dengan lama yang lebih pendek: sesi jadwal berulang dimulai pada jam tertentu, seperti `{one}`; sesi di suatu jam dalam jendela itu, jamnya dipilih perencana, milik jadwal fleksibel: `{other}`",
      ),
      everyBetweenStart: L(
        "`{text}` with a length: a recurring schedule's sessions start at a time, as in `{one}` (a window, `between`, is a flexible schedule's)",
        "`{text}` dengan lamanya: sesi jadwal berulang dimulai pada jam tertentu, seperti `{one}` (jendela, `antara`, milik jadwal fleksibel)",
      ),
      dayOfMonth: L("`{text}`: a day of the month is written after its word: `{fixed}`", "`{text}`: tanggal dalam bulan ditulis setelah katanya: `{fixed}`"),
      dayWithoutOn: L("`{text}`: a day of the month follows `on`: `{fixed}`", "`{text}`: tanggal dalam bulan ditulis setelah `pada`: `{fixed}`"),
      sessionsX: L("`{text}`: an agreement counts sessions as a number and its word for sessions: `{fixed}`", "`{text}`: kesepakatan menghitung sesi dengan angka dan kata `sesi`: `{fixed}`"),
      timesX: L("`{text}`: how many times is written as a number and `times`: `{fixed}`", "`{text}`: berapa kali ditulis dengan angka dan `kali`: `{fixed}`"),
      yearDate: L("`{text}`: a date of every year is written `pada` and its day and month, as in `{fixed}`", "`{text}`: tanggal setiap tahun ditulis dengan `pada` lalu tanggal dan bulannya, seperti `{fixed}`"),
      yearDayNoMonth: L(
        "`{text}`: a date of every year needs its month, as in `{example}`; or, for a day of every month, `{one}`",
        "`{text}`: tanggal setiap tahun memerlukan bulannya, seperti `{example}`; atau, untuk tanggal setiap bulan, `{one}`",
      ),
      monthDay: L("`{text}`: a day of every month is written with the month: `{fixed}`", "`{text}`: tanggal setiap bulan ditulis dengan bulannya: `{fixed}`"),
      everyDay: L("`{text}`: Lontar writes every day of the week as a range of days: `{fixed}`", "`{text}`: Lontar menulis setiap hari dalam sepekan sebagai rentang hari: `{fixed}`"),
      everyMinggu: L(
        "`{text}`: opening hours and availability hold every week, so their days are written alone; `minggu` is Sunday (`{one}`), or, for every day of the week, `{other}`",
        "`{text}`: jam buka dan ketersediaan berlaku setiap pekan, jadi harinya ditulis saja; `minggu` adalah hari Minggu (`{one}`), atau, untuk setiap hari dalam sepekan, `{other}`",
      ),
      everyNamedDays: L("`{text}`: opening hours and availability hold every week, so their days are written alone: `{fixed}`", "`{text}`: jam buka dan ketersediaan berlaku setiap pekan, jadi harinya ditulis saja: `{fixed}`"),
      rangeSession: L(
        "`{text}`: a session on several days in a row is written as its range of dates and the hours of each day: `{fixed}`",
        "`{text}`: sesi pada beberapa hari berturut-turut ditulis sebagai rentang tanggalnya dan jam tiap harinya: `{fixed}`",
      ),
      onceRange: L(
        "`{text}`: `{once}` takes one date; a session on several days in a row is written as its range of dates and the hours of each day: `{fixed}`",
        "`{text}`: `{once}` untuk satu tanggal; sesi pada beberapa hari berturut-turut ditulis sebagai rentang tanggalnya dan jam tiap harinya: `{fixed}`",
      ),
      onceSession: L(
        "`{text}`: one session on one date is written after `{once}`: `{fixed}`",
        "`{text}`: satu sesi pada satu tanggal ditulis setelah `{once}`: `{fixed}`",
      ),
      startOnly: L(
        "`{text}`: a schedule says first how often: `{one}` is one session on that date; for sessions that repeat from it, write how often first (`every week on mon at 09:00 for 2h`) and the date after `{example}` at the end",
        "`{text}`: jadwal lebih dulu menyebut seberapa sering: `{one}` adalah satu sesi pada tanggal itu; untuk sesi yang berulang mulai tanggal itu, tulis seberapa sering lebih dulu (`setiap minggu pada senin pukul 09:00 selama 2 jam`) dan tanggalnya setelah `{example}` di akhir",
      ),
      rangeSessionNoEnd: L(
        "`{text}`: a session on several days in a row is written as its range of dates and the hours of each day, from its start to its end on one day: `{example}`",
        "`{text}`: sesi pada beberapa hari berturut-turut ditulis sebagai rentang tanggalnya dan jam tiap harinya, dari mulai sampai selesai dalam satu hari: `{example}`",
      ),
      yearFirstNotDate: L(
        "`{text}` is not written YYYY-MM-DD and is no date ({reading} is not on the calendar): Lontar writes a date as year-month-day, YYYY-MM-DD (`{example}`)",
        "`{text}` tidak ditulis YYYY-MM-DD dan bukan tanggal ({reading} tidak ada di kalender): Lontar menulis tanggal sebagai tahun-bulan-tanggal, YYYY-MM-DD (`{example}`)",
      ),
    },
  ),
  LON1008: entry(
    "warning",
    L("Curly quotes", "Tanda kutip lengkung"),
    L(
      "A text written in curly quotes (`“Perpustakaan Kota”`), as a word processor or a phone types them. Lontar reads it as the text it stands for, and the fix (or `lontar fmt --write`) writes the straight double quotes strings take: `\"Perpustakaan Kota\"`.",
      "Teks yang ditulis dengan tanda kutip lengkung (`“Perpustakaan Kota”`), seperti yang diketik pengolah kata atau ponsel. Lontar membacanya sebagai teks yang dimaksud, dan perbaikannya (atau `lontar fmt --write`) menulis tanda kutip lurus yang dipakai teks: `\"Perpustakaan Kota\"`.",
    ),
    {
      curlyQuotes: L(
        "a text in curly quotes (“…”), as a word processor or a phone types them: Lontar writes straight quotes (\"…\") and reads it the same",
        "teks bertanda kutip lengkung (“…”), seperti yang diketik pengolah kata atau ponsel: Lontar menulis tanda kutip lurus (\"…\") dan membacanya sama",
      ),
    },
  ),
  LON1009: entry(
    "warning",
    L("Typographic dash", "Tanda pisah tipografis"),
    L(
      "A dash a word processor types (`–`, `—`, the minus sign `−`, a Unicode hyphen) where Lontar writes `-`, as in `08:00–16:00` copied from a letter. Lontar reads it as `-`, and the fix (or `lontar fmt --write`) writes `-`.",
      "Tanda pisah yang diketik pengolah kata (`–`, `—`, tanda minus `−`, tanda hubung Unicode) di tempat Lontar menulis `-`, seperti `08:00–16:00` yang disalin dari surat. Lontar membacanya sebagai `-`, dan perbaikannya (atau `lontar fmt --write`) menulis `-`.",
    ),
    {
      typographicDash: L(
        "`{found}` ({name}), as a word processor types it: Lontar writes `-` and reads it the same",
        "`{found}` ({name}), seperti yang diketik pengolah kata: Lontar menulis `-` dan membacanya sama",
      ),
    },
  ),
  LON1999: entry(
    "error",
    L("Internal parser error", "Galat internal pengurai"),
    L(
      "The parser failed in an unexpected way. This is a bug in Lontar: please report it with the file that caused it.",
      "Pengurai gagal dengan cara yang tidak terduga. Ini kutu (bug) di Lontar: mohon laporkan beserta berkas penyebabnya.",
    ),
    { internal: L("internal parser error: {error}", "galat internal pengurai: {error}") },
  ),
} as const;
