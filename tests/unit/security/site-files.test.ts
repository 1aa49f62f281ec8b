import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cspHash } from '../../../src/lib/security/inline-hashes';
import {
  normalizeBase,
  pagePath,
  tooManyRules,
  writeSiteFiles,
} from '../../../src/lib/security/site-files';

const island = 'self.Astro = {};';
const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'site-files-'));
  await mkdir(path.join(dir, 'lettres', 'rediger'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), page('<p>Accueil</p>'));
  await writeFile(
    path.join(dir, 'lettres', 'rediger', 'index.html'),
    page(`<script>${island}</script>`),
  );
  await writeFile(path.join(dir, '404.html'), page('<p>Introuvable</p>'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (file: string) => readFile(path.join(dir, file), 'utf8');

describe('writeSiteFiles', () => {
  test('gives every page, the 404 included, its policy with its own inline hashes', async () => {
    await writeSiteFiles(dir, '/', undefined);
    const editor = await read('lettres/rediger/index.html');
    expect(editor).toContain(`'${cspHash(island)}'`);
    expect(await read('index.html')).not.toContain('sha256-');
    expect(await read('404.html')).toContain('http-equiv="Content-Security-Policy"');
  });

  test('writes _headers naming each page (not the 404) under the base path', async () => {
    const report = await writeSiteFiles(dir, '/sous-dossier', undefined);
    const headers = await read('_headers');
    expect(headers).toContain('\n/sous-dossier/\n  Cache-Control: no-cache');
    expect(headers).toContain('\n/sous-dossier/lettres/rediger/\n  Cache-Control: no-cache');
    expect(headers).not.toContain('404');
    expect(report).toEqual({ pages: 3, headerRules: 7, sitemap: false, blocked: [] });
    expect(tooManyRules(report)).toBe(false);
  });

  test('without SITE_URL: robots.txt names no sitemap, and there is no sitemap.xml', async () => {
    await writeSiteFiles(dir, '/', undefined);
    expect(await read('robots.txt')).not.toContain('Sitemap');
    expect(existsSync(path.join(dir, 'sitemap.xml'))).toBe(false);
  });

  test('with SITE_URL: the sitemap lists the pages, and robots.txt points to it', async () => {
    await writeSiteFiles(dir, '/lettres/', 'https://exemple.fr');
    expect(await read('robots.txt')).toContain('Sitemap: https://exemple.fr/lettres/sitemap.xml');
    const sitemap = await read('sitemap.xml');
    expect([...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://exemple.fr/lettres/',
      'https://exemple.fr/lettres/lettres/rediger/',
    ]);
  });

  test('names the pages whose markup the policy will block', async () => {
    await writeFile(path.join(dir, 'index.html'), page('<div style="width: 3px">x</div>'));
    const report = await writeSiteFiles(dir, '/', undefined);
    expect(report.blocked).toEqual(['index.html: a style attribute']);
  });

  test('a second run replaces the policy instead of adding another', async () => {
    await writeSiteFiles(dir, '/', undefined);
    await writeSiteFiles(dir, '/', undefined);
    const html = await read('lettres/rediger/index.html');
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});

describe('paths', () => {
  test('pages are index.html files, named by their directory', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath(path.join('lettres', 'x', 'index.html'))).toBe('lettres/x/');
    expect(pagePath('404.html')).toBeUndefined();
  });

  test('the base gets a leading and a trailing slash', () => {
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('lettres')).toBe('/lettres/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });
});
