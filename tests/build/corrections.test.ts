/**
 * Issue 21, point 20: the models are faithful to their source documents, not « mot pour mot »:
 * the corrections of content/corrections.yaml are shown on a page of their own, which each guide
 * of a corrected model links to. Read from the files of the build the end-to-end tests drive.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { correctionsSchema } from '../../src/lib/schemas/correction';
import { resolveAgreement } from '../../src/lib/text/agreement';
import { splitPlaceholders } from '../../src/lib/text/placeholders';
import { frenchTypography } from '../../src/lib/text/typography';
import { discoverPages } from '../e2e/support/pages';
import { repoRoot } from '../e2e/support/paths';
import { e2eBuild } from './builds';

const build = e2eBuild;
const pages = discoverPages(build.root, build.base).filter((page) => !page.notFound);
const corrections = correctionsSchema.parse(
  parse(readFileSync(path.join(repoRoot, 'content/corrections.yaml'), 'utf8')),
);
const corrected = [...new Set(corrections.map((correction) => correction.model))];
const html = (relative: string): string =>
  readFileSync(path.join(build.root, relative, 'index.html'), 'utf8');

/** What a reader sees of some markup: tags dropped, entities decoded, every space one space. */
function textOf(markup: string): string {
  return markup
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** The section of the corrections page for one model (its id is the model's slug). */
function sectionOf(page: string, model: string): string {
  const start = page.search(new RegExp(`<section\\b[^>]*aria-labelledby="${model}"`));
  if (start === -1) return '';
  return page.slice(start, page.indexOf('</section>', start));
}

describe(`${build.name}: the models are faithful to their documents, with their corrections listed`, () => {
  test('the check reads the build: it has guide pages', () => {
    expect(pages.filter((page) => page.relative.startsWith('lettres/')).length).toBeGreaterThan(5);
    expect(corrected.length).toBeGreaterThan(0);
  });

  test('no page says the models are given « mot pour mot »', () => {
    const saying = pages
      .filter((page) => /mot pour mot/i.test(textOf(readFileSync(page.file, 'utf8'))))
      .map((page) => page.path);
    expect(saying).toEqual([]);
  });

  test.each(corrected)(
    'the guide of %s says it is faithful and links to its corrections',
    (model) => {
      const guide = html(`lettres/${model}/`);
      expect(textOf(guide)).toContain('fidèle au document d’origine');
      expect(guide).toContain(`href="${build.base}corrections/#${model}"`);
    },
  );

  test('the Aide page links to the corrections where it presents the models', () => {
    const paragraph = /<p>(?:(?!<\/p>)[\s\S])*présente les modèles[\s\S]*?<\/p>/.exec(
      html('aide/'),
    );
    expect(paragraph?.[0]).toMatch(/href="[^"]*corrections\/"/);
  });

  test('the corrections page is a guidance page the search indexes', () => {
    expect(html('corrections/')).toContain('data-pagefind-body');
  });

  test.each(corrections.map((correction) => [correction.original, correction] as const))(
    'the corrections page shows « %s », the model’s text and why, under its model',
    (_original, { model, original, corrected: text, why }) => {
      const section = textOf(sectionOf(html('corrections/'), model));
      expect(section, `no section for ${model}`).not.toBe('');
      expect(section).toContain(textOf(frenchTypography(original)));
      expect(section).toContain(textOf(frenchTypography(why)));
      // Blanks show as their field's label: the model's own words are there, in order.
      const words = splitPlaceholders(resolveAgreement(frenchTypography(text), null))
        .flatMap((part) => (part.kind === 'text' ? [textOf(part.text).trim()] : []))
        .filter((chunk) => chunk.length > 1);
      let from = 0;
      for (const chunk of words) {
        const at = section.indexOf(chunk, from);
        expect(at, `« ${chunk} » of the model’s text`).toBeGreaterThanOrEqual(0);
        from = at + chunk.length;
      }
    },
  );

  test.each(corrected)('the corrections page lists every correction of %s', (model) => {
    const items = sectionOf(html('corrections/'), model).match(/<li\b/g) ?? [];
    expect(items.length).toBe(corrections.filter((c) => c.model === model).length);
  });
});
