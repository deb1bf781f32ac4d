import { entry, L } from "../code-entry.js";

/** LON2xxx: names, references, imports and files. */
export const NAME_ENTRIES = {
  LON2001: entry(
    "error",
    L("duplicate name", "nama ganda"),
    L(
      "Two declarations in the workspace have the same name; names must be unique across all files.",
      "Dua deklarasi di ruang kerja memakai nama yang sama; nama harus unik di semua berkas.",
    ),
    {
      alreadyDeclared: L("`{name}` is already declared as {kind}", "`{name}` sudah dideklarasikan sebagai {kind}"),
      firstDeclaration: L("first declaration of `{name}`", "deklarasi pertama `{name}`"),
      copyOfFile: L(
        "`{copy}` looks like a copy of `{original}`: {count} of their declarations have the same names; move the copy out of the workspace folder, or delete it",
        "`{copy}` tampaknya salinan `{original}`: {count} deklarasi keduanya bernama sama; pindahkan salinan itu ke luar folder ruang kerja, atau hapus",
      ),
      declaredInOriginal: L("declared in `{original}` too", "dideklarasikan juga di `{original}`"),
      coreDuplicate: L("{id} is declared twice (as {first} and {second}){where} [{coreCode}]", "{id} dideklarasikan dua kali (sebagai {first} dan {second}){where} [{coreCode}]"),
      coreDuplicateSameKind: L("{id} is declared twice (as {first}){where} [{coreCode}]", "{id} dideklarasikan dua kali (sebagai {first}){where} [{coreCode}]"),
    },
  ),
  LON2002: entry(
    "error",
    L("undefined name", "nama tidak dikenal"),
    L("A reference names nothing declared in the workspace or its imports.", "Sebuah rujukan menyebut nama yang tidak dideklarasikan di ruang kerja maupun impornya."),
    {
      notDeclared: L("`{name}` is not declared; {needed} is needed here", "`{name}` tidak dideklarasikan; di sini diperlukan {needed}"),
      namedExists: L("{kind} named `{name}` exists", "ada {kind} bernama `{name}`"),
      declareIt: L("if it is new, declare it: `{example}`", "bila ia baru, deklarasikan: `{example}`"),
      renameDeclaration: L("or, if `{name}` is the misspelt one, rename it `{written}` where it is declared", "atau, bila `{name}` yang salah ketik, ganti namanya menjadi `{written}` di tempat deklarasinya"),
      isARole: L(
        "`{name}` is not declared as a person, but it is a role (held by {people}): a need asks for someone with a role as `with role {name}`",
        "`{name}` tidak dideklarasikan sebagai orang, tetapi merupakan peran (dimiliki {people}): kebutuhan akan seseorang dengan peran ditulis `dengan peran {name}`",
      ),
      askForRole: L("ask for someone with the role: `{text}`", "minta seseorang dengan peran itu: `{text}`"),
      coreUnknown: L("{id} is not declared{where} [{coreCode}]", "{id} tidak dideklarasikan{where} [{coreCode}]"),
    },
  ),
  LON2003: entry(
    "error",
    L("wrong kind of declaration", "jenis deklarasi salah"),
    L(
      "A reference names a declaration of another kind than the place needs (a room where a vehicle is needed).",
      "Sebuah rujukan menyebut deklarasi dari jenis lain daripada yang diperlukan di tempat itu (ruang padahal yang diperlukan kendaraan).",
    ),
    {
      wrongKind: L("`{name}` is {kind}, but {needed} is needed here", "`{name}` adalah {kind}, padahal di sini diperlukan {needed}"),
      siteIsResource: L(
        "`{name}` is {kind}, not a site: a session uses it with `{need}`; a site is a library, a partner or a place of its own",
        "`{name}` adalah {kind}, bukan lokasi: sesi memakainya dengan `{need}`; lokasi adalah perpustakaan, mitra atau nama tempat",
      ),
      siteWrongKind: L(
        "`{name}` is {kind}, not a site: a site is a library, a partner or a place of its own",
        "`{name}` adalah {kind}, bukan lokasi: lokasi adalah perpustakaan, mitra atau nama tempat",
      ),
      declaredHere: L("`{name}` is declared here", "`{name}` dideklarasikan di sini"),
      coreWrongKind: L("{id} is a {kind}, not a {wanted}{where} [{coreCode}]", "{id} adalah {kind}, bukan {wanted}{where} [{coreCode}]"),
    },
  ),
  LON2004: entry(
    "error",
    L("which library runs this program?", "perpustakaan mana yang menjalankan program ini?"),
    L(
      "A program has no `library` property and the workspace declares several libraries (or none).",
      "Sebuah program tidak memiliki properti `perpustakaan` dan ruang kerja mendeklarasikan beberapa perpustakaan (atau tidak satu pun).",
    ),
    {
      whichLibrary: L("which library runs `{name}`? {why}; add `library <name>` or `at <library>`", "perpustakaan mana yang menjalankan `{name}`? {why}; tambahkan `perpustakaan <nama>` atau `di <perpustakaan>`"),
      noLibrary: L("the workspace declares no library", "ruang kerja tidak mendeklarasikan perpustakaan"),
      severalLibraries: L("the workspace declares {count} libraries", "ruang kerja mendeklarasikan {count} perpustakaan"),
    },
  ),
  LON2005: entry(
    "warning",
    L("site named almost like a declaration", "lokasi bernama hampir seperti sebuah deklarasi"),
    L(
      "A site of `sites` or `route` is declared nowhere, so it is a place of its own, and its name is one or two letters from a declared library or partner.",
      "Sebuah lokasi pada `lokasi` atau `rute` tidak dideklarasikan di mana pun, sehingga menjadi tempat tersendiri, dan namanya berbeda satu atau dua huruf dari perpustakaan atau mitra yang dideklarasikan.",
    ),
    {
      closeToDeclared: L(
        "`{name}` is declared nowhere, so it is a site of its own (its sessions are not at {kind} `{meant}`); did you mean `{meant}`?",
        "`{name}` tidak dideklarasikan di mana pun, jadi menjadi lokasi tersendiri (sesinya tidak di {kind} `{meant}`); maksud Anda `{meant}`?",
      ),
    },
  ),
  LON2006: entry(
    "warning",
    L("the workspace declares nothing", "ruang kerja tidak mendeklarasikan apa pun"),
    L(
      "Every file of the workspace is empty, or holds only comments and imports: there is nothing to check or plan. The folder or files given may not be the ones meant, or a file lost its text.",
      "Setiap berkas ruang kerja kosong, atau hanya berisi komentar dan impor: tidak ada yang dapat diperiksa atau direncanakan. Folder atau berkas yang diberikan mungkin bukan yang dimaksud, atau sebuah berkas kehilangan isinya.",
    ),
    {
      nothingDeclared: L(
        "the workspace declares nothing ({count} file(s) with no library, partner, program or agreement): check that the right folder or files were given",
        "ruang kerja tidak mendeklarasikan apa pun ({count} berkas tanpa perpustakaan, mitra, program atau kesepakatan): periksa apakah folder atau berkas yang diberikan sudah benar",
      ),
    },
  ),
  LON2101: entry(
    "error",
    L("import leaves the workspace", "impor keluar dari ruang kerja"),
    L("An import path points outside the workspace root folder.", "Jalur impor menunjuk ke luar folder akar ruang kerja."),
    {
      outsideRoot: L("`{path}` is outside the workspace root; imports cannot leave it", "`{path}` berada di luar akar ruang kerja; impor tidak boleh keluar darinya"),
      importerOutside: L(
        "`{path}` is not read: the file that imports it, `{file}`, is outside the workspace root, and only files inside it are read; put `{file}` inside the root",
        "`{path}` tidak dibaca: berkas yang mengimpornya, `{file}`, berada di luar akar ruang kerja, dan hanya berkas di dalamnya yang dibaca; letakkan `{file}` di dalam akar",
      ),
    },
  ),
  LON2102: entry(
    "error",
    L("missing import", "impor tidak ditemukan"),
    L("An imported file does not exist.", "Berkas yang diimpor tidak ada."),
    {
      cannotFind: L("cannot find `{path}`; create the file, correct the path, or remove the import", "`{path}` tidak ditemukan; buat berkasnya, perbaiki path-nya, atau hapus impor ini"),
      cannotFindLookedFor: L(
        "cannot find `{path}` (looked for {lookedFor}); create the file, correct the path, or remove the import",
        "`{path}` tidak ditemukan (dicari di {lookedFor}); buat berkasnya, perbaiki path-nya, atau hapus impor ini",
      ),
      cannotFindMeant: L("cannot find `{path}`; did you mean `{meant}`?", "`{path}` tidak ditemukan; maksud Anda `{meant}`?"),
      breakInPathMissing: L(
        "cannot find `{path}`: a `\\` before `n`, `r` or `t` in quotes writes a line break or a tab, not a folder; write `/` between folders (`{meant}`)",
        "`{path}` tidak ditemukan: `\\` sebelum `n`, `r` atau `t` di dalam tanda kutip menulis baris baru atau tab, bukan folder; tulis `/` di antara folder (`{meant}`)",
      ),
      breakInPath: L(
        "cannot find `{path}`: a `\\` before `n`, `r` or `t` in quotes writes a line break or a tab, not a folder; did you mean `{meant}`? (write `/` between folders)",
        "`{path}` tidak ditemukan: `\\` sebelum `n`, `r` atau `t` di dalam tanda kutip menulis baris baru atau tab, bukan folder; maksud Anda `{meant}`? (tulis `/` di antara folder)",
      ),
      nameNotUtf8: L(
        "cannot open `{path}`: its name is not UTF-8 text (`�` stands for the bytes that are not), so it cannot be named; rename the file, for example to `{renamed}`",
        "`{path}` tidak dapat dibuka: namanya bukan teks UTF-8 (`�` menggantikan bita yang bukan), jadi berkas itu tidak dapat disebut; ganti nama berkasnya, misalnya menjadi `{renamed}`",
      ),
    },
  ),
  LON2103: entry(
    "warning",
    L("cyclic import", "impor melingkar"),
    L("Files import each other in a cycle; each file is still loaded once.", "Berkas-berkas saling mengimpor secara melingkar; setiap berkas tetap dimuat sekali."),
    { cycle: L("cyclic import: {path}", "impor melingkar: {path}") },
  ),
  LON2104: entry(
    "error",
    L("file leads outside the workspace", "berkas mengarah ke luar ruang kerja"),
    L(
      "A file's real path, after following symbolic links, is outside the workspace root folder; it is not read.",
      "Jalur sebenarnya sebuah berkas, setelah mengikuti tautan simbolik, berada di luar folder akar ruang kerja; berkas itu tidak dibaca.",
    ),
    { throughLink: L("`{path}` leads outside the workspace root through a link; it was not read", "`{path}` mengarah ke luar akar ruang kerja melalui tautan; berkas itu tidak dibaca") },
  ),
  LON2105: entry(
    "error",
    L("not a regular file", "bukan berkas biasa"),
    L(
      "A file is a folder, a named pipe (FIFO), a device or a socket; only regular files are read.",
      "Sebuah berkas ternyata folder, pipa bernama (FIFO), perangkat, atau soket; hanya berkas biasa yang dibaca.",
    ),
    { special: L("`{path}` is {what}, not a regular file; it was not read", "`{path}` adalah {what}, bukan berkas biasa; berkas itu tidak dibaca") },
  ),
  LON2106: entry(
    "error",
    L("file too large", "berkas terlalu besar"),
    L("A file is larger than the limit for one file (10 MB); it is not read.", "Sebuah berkas lebih besar dari batas untuk satu berkas (10 MB); berkas itu tidak dibaca."),
    { tooLarge: L("`{path}` is larger than {limit}, the limit for one file; it was not read", "`{path}` lebih besar dari {limit}, batas untuk satu berkas; berkas itu tidak dibaca") },
  ),
  LON2107: entry(
    "error",
    L("unreadable file", "berkas tidak dapat dibaca"),
    L(
      "The system refused to read a file (no permission, or an input/output error).",
      "Sistem menolak membaca sebuah berkas (tidak ada izin, atau galat masukan/keluaran).",
    ),
    { cannotRead: L("cannot read `{path}`: {reason}", "tidak dapat membaca `{path}`: {reason}") },
  ),
  LON2108: entry(
    "error",
    L("no workspace folder", "folder ruang kerja tidak ada"),
    L(
      "The folder given as a workspace does not exist, or is not a folder: nothing was analyzed.",
      "Folder yang diberikan sebagai ruang kerja tidak ada, atau bukan folder: tidak ada yang dianalisis.",
    ),
    {
      notFound: L("the workspace folder `{path}` does not exist", "folder ruang kerja `{path}` tidak ada"),
      notFolder: L("`{path}` is not a folder: give the folder that holds the workspace's .lontar files", "`{path}` bukan folder: berikan folder yang memuat berkas .lontar ruang kerjanya"),
    },
  ),
  LON2109: entry(
    "error",
    L("file given twice", "berkas diberikan dua kali"),
    L(
      "Two of the files given to analyzeWorkspace have the same path once it is made relative to the root (`./main.lontar` and `main.lontar` are one file): only the first is analyzed.",
      "Dua berkas yang diberikan kepada analyzeWorkspace memiliki jalur yang sama setelah dijadikan relatif terhadap akar (`./main.lontar` dan `main.lontar` adalah satu berkas): hanya yang pertama dianalisis.",
    ),
    {
      givenTwice: L(
        "`{path}` is given again as files[{index}] (first as files[{first}]); only the first is analyzed",
        "`{path}` diberikan lagi sebagai files[{index}] (pertama sebagai files[{first}]); hanya yang pertama dianalisis",
      ),
    },
  ),
  LON2110: entry(
    "error",
    L("too many files", "terlalu banyak berkas"),
    L(
      "A workspace has more files than one analysis loads (10,000): the rest are not analyzed, and the workspace is not compiled.",
      "Sebuah ruang kerja memiliki lebih banyak berkas daripada yang dimuat satu analisis (10.000): sisanya tidak dianalisis, dan ruang kerjanya tidak dikompilasi.",
    ),
    {
      tooMany: L(
        "the workspace has more than {limit} files: `{path}` and the files after it are not analyzed; analyze its folders apart (one workspace each)",
        "ruang kerja ini memiliki lebih dari {limit} berkas: `{path}` dan berkas-berkas sesudahnya tidak dianalisis; analisis folder-foldernya secara terpisah (satu ruang kerja masing-masing)",
      ),
    },
  ),
} as const;
