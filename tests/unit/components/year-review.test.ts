// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import YearReview from '../../../src/components/editor/YearReview.svelte';
import { dateField, letterFor } from '../support/year-letter';

const letter = letterFor('2027-2028', {
  vu: [
    { id: 'v1', text: 'Vu la circulaire du 29 mars 2013' },
    { id: 'v2', text: 'Vu les priorités pour l’année 2019-2020.' },
  ],
});
const sectionId = letter.sections[0]?.id ?? '';
const block = letter.sections[0]?.blocks[0];
const itemId = block?.type === 'list' ? (block.items[0]?.id ?? '') : '';
const withMission = {
  ...letter,
  sections: letter.sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((b) =>
      b.type === 'list' ? { ...b, items: [{ id: itemId, text: 'Bilan le 25 janvier 2027.' }] } : b,
    ),
  })),
};

/** Text boxes with the editor's ids, for the links to lead to. */
function textBoxes(...ids: string[]) {
  for (const id of ids) {
    const box = document.createElement('textarea');
    box.id = id;
    document.body.append(box);
  }
}
afterEach(() =>
  document.querySelectorAll('textarea, input').forEach((control) => control.remove()),
);

describe('« À vérifier pour l’année … »', () => {
  it('lists each text citing a past year, with a link that moves focus to its box', async () => {
    const boxId = `s-${sectionId}-${block?.id ?? ''}-${itemId}`;
    textBoxes('vu-v1', 'vu-v2', boxId);
    render(YearReview, { props: { letter: withMission } });
    const review = screen.getByRole('region', { name: 'À vérifier pour l’année 2027-2028' });
    const items = within(review).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/gu, ' ').trim())).toEqual([
      'Référence « Vu » 2 : « 2019-2020 », année scolaire antérieure à 2027-2028.',
      'Section « Missions », mission 1 : « 25 janvier 2027 », date antérieure à l’année scolaire 2027-2028.',
    ]);

    const vu = within(review).getByRole('link', { name: /^Référence «\sVu\s» 2$/u });
    expect(vu.getAttribute('href')).toBe('#vu-v2');
    await fireEvent.click(vu);
    expect(document.activeElement?.id).toBe('vu-v2');
    await fireEvent.click(within(review).getByRole('link', { name: /^Section/ }));
    expect(document.activeElement?.id).toBe(boxId);
  });

  it('follows the letter: gone once the texts are updated', async () => {
    const { rerender } = render(YearReview, { props: { letter } });
    expect(screen.getByRole('region')).toBeTruthy();
    const vu = [{ id: 'v2', text: 'Vu les priorités pour l’année 2027-2028.' }];
    await rerender({ letter: { ...letter, vu } });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('lists a date kept from a past year and a date on a holiday, each leading to its control', async () => {
    const conseil = { ...dateField('conseil'), label: 'Date du conseil d’administration' };
    const bilan = { ...dateField('bilan'), label: 'Date de remise du bilan' };
    const dated = letterFor(
      '2027-2028',
      { values: { conseil: '2026-06-25', bilan: '2028-05-25' } },
      [conseil, bilan],
    );
    for (const id of ['f-conseil', 'f-bilan']) {
      const input = document.createElement('input');
      input.type = 'date';
      input.id = id;
      document.body.append(input);
    }
    render(YearReview, { props: { letter: dated } });
    const review = screen.getByRole('region', { name: 'À vérifier pour l’année 2027-2028' });
    const items = within(review).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/gu, ' ').trim())).toEqual([
      'Date du conseil d’administration : « jeudi 25 juin 2026 », date de l’année scolaire ' +
        '2025-2026 (la lettre est pour 2027-2028) : mettez-la à jour si elle doit suivre l’année.',
      'Date de remise du bilan : « jeudi 25 mai 2028 », jour férié (Ascension) : choisissez un ' +
        'jour ouvré s’il s’agit d’une échéance ou d’une réunion.',
    ]);
    const link = within(review).getByRole('link', { name: 'Date du conseil d’administration' });
    expect(link.getAttribute('href')).toBe('#f-conseil');
    await fireEvent.click(link);
    expect(document.activeElement?.id).toBe('f-conseil');
  });

  it('shows nothing while the letter has no school year', () => {
    render(YearReview, { props: { letter: { ...letter, values: { anneeScolaire: '' } } } });
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
