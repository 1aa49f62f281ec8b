import type { LetterType } from '../schemas/letter-type';
import type { UserModel } from '../schemas/user-model';
import { blankLabels, textRuns } from '../text/runs';
import { fold } from '../text/fold';
import { markTerms } from './fold';
import type { SearchHit } from './types';

/**
 * The texts of a model a search looks in (its names, summary and mission items), as its guide
 * reads them: « {nom} veille… » is « [Nom du référent] veille… ».
 */
function searchedTexts(model: LetterType): string[] {
  const labels = blankLabels(model.fields);
  const readable = (text: string) =>
    textRuns(text, labels, [])
      .map((run) => (run.kind === 'blank' ? `[${run.label}]` : run.text))
      .join('');
  const items = model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'list' ? block.items : [])),
  );
  return [model.mission, readable(model.title), model.summary, ...items.map(readable)];
}

/**
 * The user's models in which every term occurs (accents and case ignored), newest first as
 * given. The excerpt is the first text holding a term, for the reader to see why it matched.
 * `guideUrl` gives the address of a model's guide.
 */
export function searchUserModels(
  models: readonly UserModel[],
  terms: readonly string[],
  guideUrl: (id: string) => string,
): SearchHit[] {
  if (terms.length === 0) return [];
  return models.flatMap((record) => {
    const texts = searchedTexts(record.model);
    const folded = texts.map(fold);
    if (!terms.every((term) => folded.some((text) => text.includes(term)))) return [];
    const shown = texts.find((_, i) => terms.some((term) => folded[i]?.includes(term))) ?? '';
    return [
      {
        url: guideUrl(record.id),
        title: record.model.mission,
        own: true,
        excerpt: markTerms(shown, terms),
      },
    ];
  });
}
