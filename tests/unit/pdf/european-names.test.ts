import { describe, expect, it, vi } from 'vitest';
import { fontSets } from 'virtual:pdf-fonts';
import { toDocument } from '../../../src/lib/document/to-document';
import { downloadLetterPdf } from '../../../src/lib/pdf/download-pdf';
import { exportPdf } from '../../../src/lib/pdf/export';
import type { FontSet } from '../../../src/lib/pdf/font-sets';
import type { Letter } from '../../../src/lib/schemas/letter';
import { filledLetter, rates } from '../document/fixture';
import { readPdf } from './pdf-text';
import { downloadBlob } from '../../../src/lib/files/download';

// Node has no page to download into: the test sees what would be offered instead.
vi.mock('../../../src/lib/files/download', () => ({ downloadBlob: vi.fn() }));

const NAMES = ['Łukasz Čapek', 'Ωμέγα', 'Кирилл', 'Ștefan Țurcan', 'Gökhan Öztürk'];

/** The fixture letter addressed to `prenom nom`, with more names in its first mission list. */
function letterFor(prenom: string, nom: string, others: readonly string[] = []): Letter {
  const letter = filledLetter();
  Object.assign(letter.values, { prenom, nom });
  const list = letter.sections[0]?.blocks.find((block) => block.type === 'list');
  if (list?.type !== 'list') throw new Error('the fixture’s first section has a list');
  others.forEach((name, index) => list.items.push({ id: `other${index}`, text: `Avec ${name}.` }));
  return letter;
}

/** The catalogue, each loader counting its calls. */
function observedSets() {
  const loads = vi.fn<(name: string) => void>();
  const sets: FontSet[] = fontSets.map((set) => ({
    ...set,
    load: () => {
      loads(set.name);
      return set.load();
    },
  }));
  return { sets, loaded: () => loads.mock.calls.map(([name]) => name) };
}

async function exportedText(letter: Letter) {
  const result = await exportPdf(toDocument(letter, rates));
  if (!result.ok) throw new Error(`missing characters: ${result.missing.join(' ')}`);
  const pdf = await readPdf(new Uint8Array(await result.blob.arrayBuffer()));
  return { fontSet: result.fontSet, text: pdf.pages.join('\n').replace(/\n/g, ' ') };
}

describe('a letter naming people in every European script', async () => {
  const { fontSet, text } = await exportedText(
    letterFor('Łukasz', 'Čapek', ['Ωμέγα', 'Кирилл', 'Ștefan Țurcan', 'Gökhan Öztürk']),
  );

  it('prints every name, letter for letter, as pdf.js reads it back', () => {
    for (const name of NAMES) expect(text).toContain(name);
  });

  it('is drawn with the set that has every European script', () => {
    expect(fontSet).toBe('european');
  });
});

describe('the font set a letter loads', () => {
  it('is the French one alone for a letter in French', async () => {
    const { sets, loaded } = observedSets();
    const result = await exportPdf(toDocument(filledLetter(), rates), sets);
    expect(result).toMatchObject({ ok: true, fontSet: 'french' });
    expect(loaded()).toEqual(['french']);
  });

  it('is the French one for names Latin-1 writes: « Gökhan Öztürk »', async () => {
    const { sets, loaded } = observedSets();
    const result = await exportPdf(toDocument(letterFor('Gökhan', 'Öztürk'), rates), sets);
    expect(result).toMatchObject({ ok: true, fontSet: 'french' });
    expect(loaded()).toEqual(['french']);
  });

  it('is the Latin one alone for « Łukasz Čapek », « Ștefan Țurcan » or « Ayşe Doğan »', async () => {
    for (const [prenom, nom] of [
      ['Łukasz', 'Čapek'],
      ['Ștefan', 'Țurcan'],
      ['Ayşe', 'Doğan'],
    ] as const) {
      const { sets, loaded } = observedSets();
      const result = await exportPdf(toDocument(letterFor(prenom, nom), rates), sets);
      expect(result, nom).toMatchObject({ ok: true, fontSet: 'latin' });
      expect(loaded(), nom).toEqual(['latin']);
    }
  });

  it('is the Greek and Cyrillic one alone for « Ωμέγα » or « Кирилл »', async () => {
    for (const nom of ['Ωμέγα', 'Кирилл']) {
      const { sets, loaded } = observedSets();
      const result = await exportPdf(toDocument(letterFor('Anna', nom), rates), sets);
      expect(result).toMatchObject({ ok: true, fontSet: 'greek-cyrillic' });
      expect(loaded()).toEqual(['greek-cyrillic']);
    }
  });

  it('is none at all when a character no set draws is in the letter', async () => {
    const { sets, loaded } = observedSets();
    const result = await exportPdf(toDocument(letterFor('Anna', 'Kirill 😀'), rates), sets);
    expect(result).toEqual({ ok: false, missing: ['😀'] });
    expect(loaded()).toEqual([]);
  });
});

describe('the check before the PDF is made', () => {
  it('accepts every European name and offers the PDF', async () => {
    for (const name of NAMES) {
      vi.mocked(downloadBlob).mockClear();
      const outcome = await downloadLetterPdf(letterFor('', name), rates);
      expect(outcome, name).toMatchObject({ ok: true });
      expect(vi.mocked(downloadBlob)).toHaveBeenCalledTimes(1);
    }
  });

  it('still flags an emoji, saying in which field it is', async () => {
    const outcome = await downloadLetterPdf(letterFor('Łukasz', 'Čapek 😀'), rates);
    expect(outcome).toEqual({
      ok: false,
      message:
        'Ce caractère ne peut pas être écrit dans le PDF\u00a0: «\u00a0😀\u00a0» (U+1F600) ' +
        'dans «\u00a0Nom\u00a0». Remplacez-le dans la lettre, puis téléchargez à nouveau.',
    });
  });

  it('names the mission and the section of an emoji typed in an item', async () => {
    const letter = filledLetter();
    const section = letter.sections[0];
    const list = section?.blocks.find((block) => block.type === 'list');
    if (!section || list?.type !== 'list')
      throw new Error('the fixture’s first section has a list');
    const third = list.items[2];
    if (third) third.text += ' 🎓';
    const outcome = await downloadLetterPdf(letter, rates);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toContain(
      `dans la mission 3 de «\u00a0${section.title}\u00a0»`,
    );
  });
});
