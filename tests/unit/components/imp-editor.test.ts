// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import type { Letter } from '../../../src/lib/schemas/letter';
import { createLetter } from '../../../src/lib/letters/create';
import { emptySchool } from '../../../src/lib/schemas/school';
import { readYaml } from '../support/content';
import { LetterState, renderImpEditor, renderPreview } from '../support/letter-part.svelte';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);
const nbsp = '\u00a0';
const nnbsp = '\u202f';

/** A new décrochage letter (one IMP line, « etablissement »), as the editor makes it. */
const newLetter = () =>
  createLetter('referent-decrochage-scolaire', model, emptySchool, new Date());

/**
 * The editor's IMP block over `letter` (a new décrochage letter by default), with the letter's
 * preview beside it: what the editor shows of the IMP, without the rest of the tool.
 */
function open(letter: Letter = newLetter()) {
  const state = new LetterState(letter, rates);
  renderImpEditor(state);
  renderPreview(state);
}

const control = (id: string) => document.getElementById(id) as HTMLInputElement;
const typeIn = (id: string, value: string) => fireEvent.input(control(id), { target: { value } });
const choose = (id: string, value: string) => fireEvent.change(control(id), { target: { value } });
// By the text the button shows.
const click = (text: RegExp) => fireEvent.click(screen.getByText(text, { selector: 'button' }));
const addOther = () => click(/^Ajouter une IMP/);
const removeOther = () => click(/^Retirer la ligne/);
/** The rows of the IMP table in the preview, as cell texts. */
const previewRows = () =>
  [...document.querySelectorAll('.letter-page table tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
  );

describe('the « autre » IMP line', () => {
  it('comes back empty after a number was typed and the line removed', async () => {
    open();
    await addOther();
    await typeIn('imp-autre-count', '2');
    expect(control('imp-autre-taux').value).toBe('4');
    await removeOther();
    expect(document.getElementById('imp-autre-count')).toBeNull();
    await addOther();
    expect(control('imp-autre-count').value).toBe('');
    expect(control('imp-autre-taux').value).toBe('');
    // Number, taux and both amounts are left to fill by hand again.
    expect(previewRows()[1]?.slice(2)).toEqual(Array(4).fill('…'.repeat(5)));
  });

  it('hands the focus back to the button that adds it again', async () => {
    open();
    await addOther();
    expect(document.activeElement?.id).toBe('imp-autre-taux');
    await removeOther();
    expect(document.activeElement?.textContent).toMatch(/^Ajouter une IMP/);
  });
});

describe('one source of truth per IMP line', () => {
  it('sets the number to the share of the chosen taux, then follows a typed number', async () => {
    open();
    await choose('imp-etablissement-taux', '2');
    expect(control('imp-etablissement-count').value).toBe('0,5');
    await typeIn('imp-etablissement-count', '1');
    expect(control('imp-etablissement-taux').value).toBe('3');
    expect(previewRows()[0]?.slice(1)).toEqual([
      '1',
      `Taux 3 (1${nnbsp}250${nbsp}€)`,
      `1${nnbsp}250${nbsp}€`,
      `138,89${nbsp}€`,
    ]);
  });

  it('keeps a number no taux pays as « hors taux usuel », whichever field came last', async () => {
    open();
    await choose('imp-etablissement-taux', '2');
    await typeIn('imp-etablissement-count', '1,5');
    expect(control('imp-etablissement-taux').value).toBe('hors');
    expect(document.querySelector('.imp-amount')?.textContent).toContain(`1${nnbsp}875${nbsp}€`);
    expect(previewRows()[0]?.slice(1)).toEqual([
      '1,5',
      'Hors taux usuel',
      `1${nnbsp}875${nbsp}€`,
      `208,33${nbsp}€`,
    ]);
    await choose('imp-etablissement-taux', '2');
    expect(control('imp-etablissement-count').value).toBe('0,5');
    expect(previewRows()[0]?.[3]).toBe(`625${nbsp}€`);
  });

  it('keeps what is being typed, and shows an error for a number that is not a quarter', async () => {
    open();
    await typeIn('imp-etablissement-count', '0,4');
    const count = control('imp-etablissement-count');
    expect(count.value).toBe('0,4');
    expect(count.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('imp-etablissement-count-msg')?.textContent).toMatch(
      /^Erreur.*quarts/,
    );
    await typeIn('imp-etablissement-count', '0,75');
    expect(count.getAttribute('aria-invalid')).toBeNull();
    expect(previewRows()[0]?.[2]).toBe('Hors taux usuel');
  });

  it('shows the total of several lines, in the editor and in the letter', async () => {
    open();
    await choose('imp-etablissement-taux', '3');
    await addOther();
    expect(previewRows()[2]).toEqual([
      'Total',
      '',
      '…'.repeat(5),
      '',
      '…'.repeat(5),
      '…'.repeat(5),
    ]);
    await typeIn('imp-autre-count', '0,25');
    expect(previewRows()[2]).toEqual([
      'Total',
      '',
      '1,25',
      '',
      `1${nnbsp}562,50${nbsp}€`,
      `173,61${nbsp}€`,
    ]);
    expect(document.querySelector('.imp-total')?.textContent).toContain(`1${nnbsp}562,50${nbsp}€`);
  });
});

describe('a stored line whose number and taux disagree (old letter, import)', () => {
  it('is flagged in the editor and prints what the number says, until fixed', async () => {
    const letter = newLetter();
    const line = letter.imp?.lines[0];
    if (!line) throw new Error('the décrochage model has an IMP line');
    Object.assign(line, { count: 1.5, taux: 2 });
    open(letter);
    await waitFor(() => expect(control('imp-etablissement-count').value).toBe('1,5'));
    expect(control('imp-etablissement-taux').value).toBe('2');
    expect(document.getElementById('imp-etablissement-count-msg')?.textContent).toMatch(
      /^Attention.*1,5 IMP ne correspond pas au taux 2/,
    );
    expect(previewRows()[0]?.slice(2)).toEqual([
      `Hors taux usuel – à vérifier${nbsp}: taux 2 saisi`,
      `1${nnbsp}875${nbsp}€`,
      `208,33${nbsp}€`,
    ]);
    await choose('imp-etablissement-taux', '3');
    expect(document.getElementById('imp-etablissement-count-msg')?.textContent).toBe('');
    expect(previewRows()[0]?.slice(1, 3)).toEqual(['1', `Taux 3 (1${nnbsp}250${nbsp}€)`]);
  });
});
