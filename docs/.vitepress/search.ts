/** The local search box's words in Bahasa Indonesia (English is the default). */
export const searchLocales = {
  id: {
    translations: {
      button: { buttonText: "Cari", buttonAriaLabel: "Cari" },
      modal: {
        displayDetails: "Tampilkan rincian",
        resetButtonTitle: "Hapus pencarian",
        backButtonTitle: "Tutup pencarian",
        noResultsText: "Tidak ada hasil untuk",
        footer: { selectText: "pilih", navigateText: "navigasi", closeText: "tutup" },
      },
    },
  },
};
