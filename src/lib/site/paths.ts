/**
 * Internal links go through here so the site works under a sub-folder (BASE_PATH at build time).
 * `BASE_URL` is Astro's base; it ends with a slash only when the config's base does.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${clean}`;
}
