import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { letterTypeSchema } from './lib/schemas/letter-type';
import { impRateSchema } from './lib/schemas/imp-rate';
import { glossaryEntrySchema } from './lib/schemas/glossary-entry';
import { pageSchema } from './lib/schemas/page';
import { correctionSchema } from './lib/schemas/correction';
import { isRecord } from './lib/schemas/is-record';

// The content lives in the top-level `content/` folder; the schemas live in `src/lib/schemas`
// so that the editor and the import of backup files validate with the very same code.
const lettres = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/lettres' }),
  schema: letterTypeSchema,
});

const tauxImp = defineCollection({
  loader: file('./content/taux-imp.yaml'),
  schema: impRateSchema,
});

const glossaire = defineCollection({
  loader: file('./content/glossaire.yaml'),
  schema: glossaryEntrySchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: pageSchema,
});

// content/corrections.yaml is a list without ids: each entry is keyed by its rank in the file
// (« 1 », « 2 »…), so the page shows them in the file's order.
const corrections = defineCollection({
  loader: file('./content/corrections.yaml', {
    parser: (text) => {
      const list: unknown = parseYaml(text);
      if (!Array.isArray(list) || !list.every(isRecord)) {
        throw new Error('content/corrections.yaml must be a list of corrections');
      }
      return Object.fromEntries(list.map((entry, index) => [String(index + 1), entry]));
    },
  }),
  schema: correctionSchema,
});

export const collections = { lettres, tauxImp, glossaire, pages, corrections };
