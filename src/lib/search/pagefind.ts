import { href } from '../site/paths';
import { excerptParts } from './excerpt';
import type { SearchHit } from './types';

/** The part of Pagefind's browser API (`pagefind/pagefind.js`, written at build) used here. */
interface PagefindModule {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  /** Indexed text around the matches, `<` and `>` escaped, matches in `<mark>`. */
  excerpt: string;
  meta: { title?: string };
}

/** More than the site has pages: every page that matches is listed. */
const MAX_RESULTS = 50;

let loading: Promise<PagefindModule> | undefined;

/**
 * Pagefind's script, loaded from this site (under its base path) on the first search. It is
 * written by the build, so the bundler must not resolve it: the URL is only known at run time.
 */
function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const url = href('/pagefind/pagefind.js');
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await module.options({ baseUrl: href('/'), excerptLength: 24 });
    return module;
  })();
  // A failed load (offline before the first visit) is tried again on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The site's pages that match `query` (Pagefind ignores accents and case), best first. */
export async function searchPages(query: string): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query);
  const data = await Promise.all(
    (found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()),
  );
  return data.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    own: false,
    excerpt: excerptParts(page.excerpt),
  }));
}
