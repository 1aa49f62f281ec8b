import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's top-level content folder. */
export const contentDir = join(import.meta.dirname, '../../../content');

/** A YAML file of content/, parsed but not validated. */
export function readYaml(relativePath: string): unknown {
  return parse(readFileSync(join(contentDir, relativePath), 'utf8'));
}

/** The letter model files, as [slug, parsed YAML]. */
export function letterFiles(): [string, unknown][] {
  return readdirSync(join(contentDir, 'lettres'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => [name.replace(/\.yaml$/, ''), readYaml(`lettres/${name}`)]);
}

/** The seed documents the product started from, by file name. */
export function seeds(): Map<string, string> {
  const dir = join(import.meta.dirname, '../../../../shared/seeds');
  return new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}
