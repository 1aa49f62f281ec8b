/**
 * Internal links of a build made under a base path, served under /sous-dossier/.
 * Only run when E2E_BASE_BUILD_DIR is set (see vitest.e2e.config.ts and .ci/run):
 *   BASE_PATH=/sous-dossier/ npx astro build --outDir dist-base
 *   E2E_BASE_BUILD_DIR=dist-base npx vitest run --config vitest.e2e.config.ts
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { describeInternalLinks } from './support/links';
import { discoverPages } from './support/pages';
import { repoRoot } from './support/paths';
import { resultHrefs, searchBox, searchDone } from './support/search';
import { useSite } from './support/site';

const base = '/sous-dossier/';
const buildDir = process.env['E2E_BASE_BUILD_DIR'];
if (!buildDir) {
  throw new Error(
    'E2E_BASE_BUILD_DIR is not set: it names a build made with BASE_PATH=/sous-dossier/',
  );
}
const root = path.resolve(repoRoot, buildDir);

const pages = discoverPages(root, base);
const site = useSite({ root, base });

describeInternalLinks(
  `e. under ${base}: internal links answer 200 and fragments exist`,
  site,
  pages,
);

test(`e. under ${base}: the search loads its index and links into the sub-folder`, async () => {
  await site.withPage(async (page) => {
    await page.goto(site.server.url('recherche/'));
    await searchBox(page).fill('decrochage');
    await searchBox(page).press('Enter');
    await searchDone(page, 'decrochage');
    expect(await resultHrefs(page)).toContain(`${base}lettres/referent-decrochage-scolaire/`);
  });
});
