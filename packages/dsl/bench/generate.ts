/** Generates a province-sized workspace of `.lontar` files for the benchmark. */

/** One generated file. */
export interface GeneratedFile {
  /** Workspace-relative path. */
  readonly path: string;
  /** Its text. */
  readonly text: string;
}

function village(i: number): string {
  const id = String(i).padStart(4, "0");
  return `/// Perpustakaan Desa ${id}.
library desa_${id} {
  name "Perpustakaan Desa ${id}"
  tier desa
  region "Jawa Timur" / "Kabupaten Ngawi" / "Kecamatan ${i % 19}" / "Desa ${id}"
  stage implementation
  open mon..fri 08:00-15:00, sat 08:00-12:00
  closed on public holidays
}

room ruang_${id} at desa_${id} { capacity ${20 + (i % 40)} }
staff pic_${id} at desa_${id} {
  role manager
  skills storytelling, literacy_training
  available mon..fri 08:00-15:00, sat 08:00-12:00
}
volunteer relawan_${id} at desa_${id} {
  skills book_club
  available mon..sat 08:00-15:00
}
budget dana_${id} at desa_${id} {
  amount Rp 12.000.000
  period 2024
}
partner sd_${id} {
  name "SD Negeri ${id}"
  kind school
}

program bacaan_${id} at desa_${id} {
  title "Bacaan Bersama"
  category shared_reading
  audience children
  schedule every week on tue, fri at 09:00 for 2h from 2024-01-08 until 2024-12-20
  needs room ruang_${id}, staff pic_${id}
  costs Rp 50.000 per session from dana_${id}
}

program klub_${id} at desa_${id} {
  title "Klub Buku"
  category book_discussion
  audience teens
  schedule every month on the first sat at 09:00 for 90m from 2024-01-01 until 2024-12-31
  needs room ruang_${id}, volunteer relawan_${id}
}

program kunjungan_${id} at desa_${id} {
  category school_visit
  partners sd_${id}
  schedule 2 times per month on weekdays between 08:00-12:00 for 2h
  needs room with capacity >= 10, 1 staff with role manager
  after bacaan_${id}
}

agreement mou_${id} {
  between desa_${id} and sd_${id}
  valid 2024-01-01..2024-12-31
  at least 4 sessions of kunjungan_${id} per semester
  partner hosts kunjungan_${id}
  when library.stage >= implementation
}
`;
}

/**
 * A workspace of `files` files with `perFile` village libraries each (about 70 lines per
 * library: resources, three programs and an agreement), a main file importing them all,
 * a horizon and a rule.
 */
export function generateWorkspace(files: number, perFile: number): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  for (let f = 0; f < files; f++) {
    const parts: string[] = [];
    for (let j = 0; j < perFile; j++) parts.push(village(f * perFile + j));
    out.push({ path: `kecamatan_${String(f).padStart(3, "0")}.lontar`, text: parts.join("\n") });
  }
  const imports = out.map((file) => `import "./${file.path}"`).join("\n");
  const main = `${imports}

horizon 2024-01-01..2024-12-31

rule tanpa_jumatan {
  when program.category == mobile_library && weekday == fri && overlaps(11:30, 13:00)
  then forbid "Hindari jadwal keliling saat salat Jumat"
}
`;
  return [{ path: "main.lontar", text: main }, ...out];
}
