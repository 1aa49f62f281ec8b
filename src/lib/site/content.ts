import { getCollection, type CollectionEntry } from 'astro:content';
import type { Acronym } from '../text/acronyms';
import { compareProvenance } from '../schemas/provenance';
import type { Correction } from '../schemas/correction';

/** The letter models in the catalogue's order: source documents' order, then by mission. */
export async function letterTypes(): Promise<CollectionEntry<'lettres'>[]> {
  const entries = await getCollection('lettres');
  return entries.sort(
    (a, b) =>
      compareProvenance(a.data.provenance, b.data.provenance) ||
      a.data.mission.localeCompare(b.data.mission, 'fr'),
  );
}

/** Glossary entries in alphabetical order of their term. */
export async function glossary(): Promise<CollectionEntry<'glossaire'>[]> {
  const entries = await getCollection('glossaire');
  return entries.sort((a, b) => a.data.term.localeCompare(b.data.term, 'fr'));
}

/** The glossary as the acronym markup needs it. */
export async function acronyms(): Promise<Acronym[]> {
  return (await glossary()).map((entry) => ({
    id: entry.id,
    term: entry.data.term,
    variants: entry.data.variants,
    expansion: entry.data.expansion,
  }));
}

/** IMP rates from taux 1 to taux 5. */
export async function impRates(): Promise<CollectionEntry<'tauxImp'>['data'][]> {
  const entries = await getCollection('tauxImp');
  return entries.map((entry) => entry.data).sort((a, b) => a.taux - b.taux);
}

/**
 * The corrections of content/corrections.yaml, in the file's order. The loader only logs a file
 * it cannot parse: an empty list fails the build instead of showing an empty page.
 */
export async function corrections(): Promise<Correction[]> {
  const entries = await getCollection('corrections');
  if (entries.length === 0) throw new Error('content/corrections.yaml: no correction was read');
  return entries.sort((a, b) => Number(a.id) - Number(b.id)).map((entry) => entry.data);
}
