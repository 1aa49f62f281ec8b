import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  foldedFieldsAtOpen,
  foldedSectionsAtOpen,
  foldsAtOpen,
  OPEN_FIELDS,
  SECTION_BOX_BUDGET,
  sectionContents,
} from '../../../src/lib/builder/folds';
import { userModelSchema } from '../../../src/lib/schemas/user-model';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { letterFiles } from '../support/content';

// What the builder shows folded when a model opens: nothing for a model of a usual size, the
// parts past the budget for a model at every limit (issue 22: it took 4 to 6 s to open).

const atEveryLimit = userModelSchema.parse(
  (
    JSON.parse(
      readFileSync(new URL('../../fixtures/models/at-every-limit.json', import.meta.url), 'utf8'),
    ) as { model: unknown }
  ).model,
).model;

describe('folds at open', () => {
  it.each(letterFiles())('folds nothing of the ready model « %s »', (_slug, raw) => {
    const model = letterTypeSchema.parse(raw);
    expect(foldedSectionsAtOpen(model.sections).size).toBe(0);
    expect(foldedFieldsAtOpen(model.fields).size).toBe(0);
    expect(foldsAtOpen(model)).toBe(false);
  });

  it('folds a model at every limit from its first section past the budget', () => {
    const folded = foldedSectionsAtOpen(atEveryLimit.sections);
    // Section 1 (one paragraph) fits; section 2 (500 paragraphs) does not, nor any after it.
    expect(folded.has(atEveryLimit.sections[0]?.id ?? '')).toBe(false);
    expect(folded.size).toBe(atEveryLimit.sections.length - 1);
    expect(foldedFieldsAtOpen(atEveryLimit.fields).size).toBe(200 - OPEN_FIELDS);
    expect(foldsAtOpen(atEveryLimit)).toBe(true);
  });

  it('keeps sections unfolded while their boxes fit, then folds all the rest', () => {
    const section = (id: string, items: number) => ({
      id,
      title: id,
      titleAdded: false,
      blocks: [{ type: 'list' as const, items: Array.from({ length: items }, () => 'x') }],
    });
    const half = SECTION_BOX_BUDGET / 2;
    const folded = foldedSectionsAtOpen([
      section('a', half),
      section('b', half),
      section('c', 1),
      section('d', 1),
    ]);
    expect([...folded]).toEqual(['c', 'd']);
  });

  it('says what a folded section holds, in French', () => {
    const [, second, third] = atEveryLimit.sections;
    if (!second || !third) throw new Error('the fixture has 200 sections');
    expect(sectionContents(second)).toBe('500 paragraphes');
    expect(sectionContents(third)).toBe('1 liste de 1\u202f000 missions');
    expect(sectionContents({ id: 's', title: '', titleAdded: false, blocks: [] })).toBe('vide');
    expect(
      sectionContents({
        id: 's',
        title: '',
        titleAdded: false,
        blocks: [
          { type: 'paragraph', text: 'a' },
          { type: 'list', items: ['a', 'b'] },
          { type: 'list', items: ['c'] },
        ],
      }),
    ).toBe('1 paragraphe et 2 listes (3 missions)');
  });
});
