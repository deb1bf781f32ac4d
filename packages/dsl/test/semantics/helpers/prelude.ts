/** A city library and its hall: the declarations the semantic tests' programs stand on. */
export const LIBRARY_AND_HALL = `library lib {
  name "Perpustakaan Kota"
  tier city
  region "Sumatera Barat" / "Kota Solok"
  stage implementation
}
room aula at lib { capacity 60 }
`;
