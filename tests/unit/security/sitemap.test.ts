import { describe, expect, test } from 'vitest';
import { parseSiteUrl, robotsTxt, sitemapXml } from '../../../src/lib/security/sitemap';

describe('SITE_URL', () => {
  test('is optional, and must be an http(s) origin', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
    expect(parseSiteUrl('https://exemple.fr')?.origin).toBe('https://exemple.fr');
    expect(parseSiteUrl('https://exemple.fr/')?.origin).toBe('https://exemple.fr');
    expect(() => parseSiteUrl('exemple.fr')).toThrow(/not a URL/);
    expect(() => parseSiteUrl('ftp://exemple.fr')).toThrow(/https:\/\//);
    expect(() => parseSiteUrl('https://exemple.fr/lettres/')).toThrow(/BASE_PATH/);
  });
});

describe('sitemap.xml', () => {
  test('lists each page by its absolute URL under the base path', () => {
    const site = new URL('https://exemple.fr');
    const xml = sitemapXml(site, '/lettres/', ['', 'glossaire/', 'lettres/a&b/']);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset /);
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://exemple.fr/lettres/',
      'https://exemple.fr/lettres/glossaire/',
      'https://exemple.fr/lettres/lettres/a&amp;b/',
    ]);
  });
});

describe('robots.txt', () => {
  test('allows everything and names the sitemap only when there is one', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://exemple.fr/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://exemple.fr/sitemap.xml\n',
    );
  });
});
