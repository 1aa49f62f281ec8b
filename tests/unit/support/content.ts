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

/** The folder of the school letters the models reproduce (`content/sources/`). */
export const sourcesDir = join(contentDir, 'sources');

/** The source documents kept in the repository, by file name (their README aside). */
export function sourceDocuments(): Map<string, string> {
  return new Map(
    readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, readFileSync(join(sourcesDir, name), 'utf8')]),
  );
}
