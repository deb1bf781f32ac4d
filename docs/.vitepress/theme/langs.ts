// VitePress's useLangs (the language menu's links: the same page in the other language,
// with the URL's fragment), with one change: the fragment is added once the page is
// mounted. VitePress adds it from the first render, which the server renders without
// one, so every page opened with a fragment (a playground's shared link: `#ws=…`) logged
// a hydration mismatch. config.ts points the theme's import of composables/langs here.
import { computed, onMounted, ref, type ComputedRef } from "vue";
import { useData } from "vitepress";

/** A locale's label and link. */
export interface LangLink {
  readonly text?: string | undefined;
  readonly link: string;
}

/** The current locale and the links to the others (the same page when `correspondingLink`), as VitePress's useLangs. */
export function useLangs({ correspondingLink = false } = {}): { localeLinks: ComputedRef<LangLink[]>; currentLang: ComputedRef<{ label: string | undefined; link: string }> } {
  const { site, localeIndex, page, theme, hash } = useData();
  const mounted = ref(false);
  onMounted(() => {
    mounted.value = true;
  });
  const currentLang = computed(() => ({
    label: site.value.locales[localeIndex.value]?.label,
    link: site.value.locales[localeIndex.value]?.link || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`),
  }));
  const localeLinks = computed(() =>
    Object.entries(site.value.locales).flatMap(([key, value]) =>
      currentLang.value.label === value.label
        ? []
        : {
            text: value.label,
            link:
              normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) +
              (mounted.value ? hash.value : ""),
          },
    ),
  );
  return { localeLinks, currentLang };
}

function normalizeLink(link: string, addPath: boolean, path: string, addExt: boolean): string {
  if (!addPath) return link;
  const page = path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "");
  return link.replace(/\/$/, "") + (page.startsWith("/") ? page : `/${page}`);
}
