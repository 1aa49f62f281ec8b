import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { classifyStorageError } from '../../../src/lib/storage/failure';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { makeLetter } from '../../fixtures/make-letter';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('a full disk', () => {
  it.each([
    ['Chrome and Safari', new DOMException('quota', 'QuotaExceededError')],
    ['Firefox', Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ['a legacy code 22', { name: 'Error', code: 22, message: '' }],
    ['localforage wrapping it', new Error('QuotaExceededError: quota exceeded')],
  ])('is a quota failure (%s), with a message saying what to do', (_browser, error) => {
    const failure = classifyStorageError(error);
    expect(failure.kind).toBe('quota');
    expect(failure.message).toBe(
      `L’espace de stockage du navigateur est plein${NBSP}: la lettre n’a pas pu être enregistrée. ` +
        `Votre travail est conservé dans cette page${NNBSP}; téléchargez une sauvegarde, puis libérez de l’espace.`,
    );
  });
});

describe('storage that is not there', () => {
  it.each([
    ['Firefox private browsing', new DOMException('mutation', 'InvalidStateError')],
    ['blocked site data', new DOMException('denied', 'SecurityError')],
    ['no driver at all', new Error('No available storage method found.')],
    [
      'Safari losing its connection',
      new Error('Connection to Indexed Database server lost. Refresh the page to try again'),
    ],
  ])('is unavailable (%s) and names private browsing', (_case, error) => {
    const failure = classifyStorageError(error);
    expect(failure.kind).toBe('unavailable');
    expect(failure.message).toContain('navigation privée');
    expect(failure.message).toContain('téléchargez une sauvegarde');
  });
});

describe('anything else', () => {
  it.each([
    ['a string', 'boom'],
    ['null', null],
    ['an abort', new DOMException('aborted', 'AbortError')],
  ])('is a write failure (%s), never a crash', (_case, error) => {
    const failure = classifyStorageError(error);
    expect(failure.kind).toBe('write-failed');
    expect(failure.message).toMatch(/^L’enregistrement a échoué\u00a0: /);
    expect(failure.technical).not.toBe('');
  });

  it('an invalid letter says to fix a field, not to retry', () => {
    const error = Object.assign(new Error('Invalid letter'), { name: 'InvalidLetterError' });
    expect(classifyStorageError(error).message).toContain('corrigez ce champ');
  });

  it('messages use French typography', () => {
    for (const error of [
      new DOMException('', 'QuotaExceededError'),
      new DOMException('', 'SecurityError'),
      'x',
    ]) {
      const { message } = classifyStorageError(error);
      expect(message).not.toMatch(/ [:;!?]/);
      expect(message).not.toContain("'");
    }
  });
});

describe('each message names what it is about', () => {
  const quota = new DOMException('', 'QuotaExceededError');
  it.each([
    ['letter', 'la lettre n’a pas pu être enregistrée'],
    ['school', '«\u00a0Mon établissement\u00a0» n’a pas pu être enregistré'],
    ['list-read', 'vos lettres n’ont pas pu être lues'],
    ['list-write', 'la modification de vos lettres n’a pas pu être enregistrée'],
    ['import', 'rien n’a été importé'],
    ['export', 'vos lettres n’ont pas pu être relues pour la sauvegarde'],
    ['set-aside', 'les données mises de côté n’ont pas pu être lues'],
    ['storage', 'ne pourront pas être enregistrés'],
  ] as const)('%s', (subject, words) => {
    const { message } = classifyStorageError(quota, subject);
    expect(message).toContain(words);
    expect(message).toMatch(/^L’espace de stockage du navigateur est plein\u00a0: /);
    expect(message).not.toMatch(/ [:;!?]/);
    if (subject !== 'letter') expect(message).not.toContain('la lettre');
  });

  it('« Mon établissement » refused for a field too long names the field by its label', async () => {
    const error = await new LetterRepository(new MemoryStore()).school
      .save({ ...emptySchool, ville: 'x'.repeat(101) }, 0)
      .catch((e: unknown) => e);
    const { message } = classifyStorageError(error, 'school');
    expect(message).toBe(
      '«\u00a0Mon établissement\u00a0» n’a pas pu être enregistré, un champ n’est pas valide' +
        '\u00a0: le champ «\u00a0Ville\u00a0», texte trop long (au plus 100\u00a0caractères). ' +
        'Vos saisies sont conservées dans cette page\u202f; corrigez ce champ, ou téléchargez ' +
        'une sauvegarde.',
    );
  });

  it('a letter refused for a text too long names where it is', async () => {
    const letter = makeLetter('n', { objet: 'x'.repeat(201) });
    const error = await new LetterRepository(new MemoryStore())
      .save(letter, 0)
      .catch((e: unknown) => e);
    const { message } = classifyStorageError(error, 'letter');
    expect(message).toMatch(
      /^La lettre n’a pas pu être enregistrée, un champ n’est pas valide\u00a0: /,
    );
    expect(message).toContain('l’objet, texte trop long (au plus 200\u00a0caractères)');
  });

  it('a raw zod error is said in French too, with the path', () => {
    const error = new ZodError([
      { code: 'custom', path: ['a', 0], message: 'valeur invalide' },
      { code: 'custom', path: ['b'], message: 'valeur invalide' },
    ]);
    const { message } = classifyStorageError(error, 'school');
    expect(message).toContain('des champs ne sont pas valides\u00a0: le champ «\u00a0a[0]\u00a0»');
    expect(message).toContain('corrigez ces champs');
  });
});

describe('« Détails techniques »', () => {
  it.each([
    [
      'a full disk',
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'Espace de stockage plein (QuotaExceededError, code 22)',
    ],
    [
      'private browsing',
      new DOMException('A mutation operation was attempted', 'InvalidStateError'),
      'Stockage inutilisable dans cet état (navigation privée, base fermée) (InvalidStateError, code 11)',
    ],
    [
      'a driver missing',
      new Error('No available storage method found.'),
      'Stockage du navigateur indisponible (Error)',
    ],
    ['a string thrown', 'boom', 'Erreur inattendue du stockage du navigateur'],
  ])('say %s in French, the class name in parentheses', (_case, error, technical) => {
    expect(classifyStorageError(error).technical).toBe(technical);
  });

  it('say which field of an invalid letter was refused, in French', async () => {
    const repo = new LetterRepository(new MemoryStore());
    const error = await repo
      .restoreAll([{ ...makeLetter('n'), title: 'x'.repeat(201) }])
      .catch((e: unknown) => e);
    expect(classifyStorageError(error).technical).toBe(
      'Lettre refusée avant l’écriture\u00a0: le titre, texte trop long (au plus 200\u00a0caractères) (InvalidLetterError)',
    );
  });

  it('never show the browser’s English message', () => {
    const { technical } = classifyStorageError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    expect(technical).not.toMatch(/has been exceeded/i);
  });
});
