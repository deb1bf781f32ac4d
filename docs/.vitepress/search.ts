/**
 * The local search box's words in Bahasa Indonesia (English is the default), with the
 * screen-reader names of the keys its footer shows (↑ ↓ ↵ esc). VitePress writes a few
 * names that no option sets, in English on every page: "Main Navigation", "Sidebar
 * Navigation", "Pager", "mobile navigation", "extra navigation", "toggle section", and the
 * code blocks' "Copy Code" (`markdown.codeCopyButtonTitle`, one for the whole site).
 */
export const searchLocales = {
  id: {
    translations: {
      button: { buttonText: "Cari", buttonAriaLabel: "Cari" },
      modal: {
        displayDetails: "Tampilkan rincian",
        resetButtonTitle: "Hapus pencarian",
        backButtonTitle: "Tutup pencarian",
        noResultsText: "Tidak ada hasil untuk",
        footer: {
          selectText: "pilih",
          selectKeyAriaLabel: "tombol Enter",
          navigateText: "navigasi",
          navigateUpKeyAriaLabel: "tombol panah atas",
          navigateDownKeyAriaLabel: "tombol panah bawah",
          closeText: "tutup",
          closeKeyAriaLabel: "tombol Escape",
        },
      },
    },
  },
};
