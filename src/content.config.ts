import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { letterTypeSchema } from './lib/schemas/letter-type';
import { impRateSchema } from './lib/schemas/imp-rate';
import { glossaryEntrySchema } from './lib/schemas/glossary-entry';
import { pageSchema } from './lib/schemas/page';

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

export const collections = { lettres, tauxImp, glossaire, pages };
