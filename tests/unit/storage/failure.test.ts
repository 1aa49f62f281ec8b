import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../../src/lib/storage/failure';

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
