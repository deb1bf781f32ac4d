/** A workspace that writes every property of the language table at least once, in English. */
export const EVERY_PROPERTY = `horizon 2019-01-01..2019-12-31

library dispusip_solok {
  name "Dinas Perpustakaan dan Kearsipan Kota Solok"
  tier city
  region "Sumatera Barat" / "Kota Solok"
  timezone "Asia/Jakarta"
  stage implementation
  open mon..thu 08:00-16:00, fri 08:00-11:30
  open on collective leave
  closed on public holidays
  closed 2019-06-03..2019-06-07 "Idul Fitri"
}

library sdn_01_solok {
  name "Perpustakaan SDN 01 Solok"
  tier school
  level sd
  region "Sumatera Barat" / "Kota Solok"
}

partner disdik {
  name "Dinas Pendidikan Kota Solok"
  kind government_agency
  region "Sumatera Barat" / "Kota Solok"
}

room aula at dispusip_solok {
  name "Aula"
  capacity 60
  features projector
}

vehicle mobil_keliling at dispusip_solok {
  name "Mobil perpustakaan keliling"
  capacity 600 books
}

staff petugas at dispusip_solok {
  name "Petugas layanan"
  role officer
  skills storytelling
  available mon..fri 08:00-16:00
  max 20 hours per week
}

volunteer rina at dispusip_solok {
  name "Rina"
  role officer
  skills writing
  available mon..sat 08:00-16:00
  max 10 hours per week
}

staff petugas_paruh_waktu at dispusip_solok {
  role officer
  max 40 hours per month
}

volunteer andi at dispusip_solok {
  skills storytelling
  max 4 hours per day
}

collection paket_sekolah at dispusip_solok {
  name "Paket sekolah"
  packages 20
  copies 30
}

equipment laptop at dispusip_solok {
  name "Laptop pelatihan"
  quantity 20
  features projector
}

budget apbd_2019 at dispusip_solok {
  name "APBD 2019"
  amount Rp 150.000.000
  period 2019
  category programs
  cap Rp 20.000.000 per month
}

program lomba {
  title "Lomba bercerita"
  description "Lomba bercerita bagi siswa SD/MI tingkat kota"
  library dispusip_solok
  category reading_contest
  audience students "SD/MI"
  schedule once 2019-04-20 at 08:00 for 6h
  sites dispusip_solok
  participants 40
  needs room aula, staff with role officer
  costs Rp 50.000 per session from apbd_2019
  partners disdik
  requires stage implementation
  when true
  before keliling by 7 days
}

program keliling {
  name "Perpustakaan keliling"
  library dispusip_solok
  category mobile_library
  schedule every week on tue at 09:00 for 2h from 2019-05-07 until 2019-12-17
  route rotating tanah_garam, nan_balimo
  after lomba by 7 days
}

agreement mou_disdik {
  title "MoU layanan sekolah"
  kind pks
  between dispusip_solok and disdik
  valid 2019-01-01..2019-12-31
  when true
  library provides paket_sekolah 2 per month to "sekolah"
  partner hosts lomba
}

rule no_friday_contest {
  when weekday == fri
  scope true
  then forbid "no contests on Fridays"
}

kpi iplm {
  name "IPLM"
  indicator sessions weight 25 target 4 per month
  applies to dispusip_solok
}
`;
