/** What the user is told when the browser refused to store something. */
export interface StorageFailure {
  /** `unavailable`: no storage at all (private browsing, blocked, connection lost);
   * `quota`: storage is full; `timeout`: storage never answered (an IndexedDB open that
   * hangs); `write-failed`: anything else. */
  kind: 'unavailable' | 'quota' | 'timeout' | 'write-failed';
  /** What happened and what to do, in French, ready to show. */
  message: string;
  /** The original error's name and message, for a « détails techniques » disclosure. */
  technical: string;
}

// Every message says the work is not lost yet (it is still in the page) and names the
// safety net: the user's own backup file.
const messages: Record<StorageFailure['kind'], string> = {
  quota:
    'L’espace de stockage du navigateur est plein\u00a0: la lettre n’a pas pu être enregistrée. ' +
    'Votre travail est conservé dans cette page\u202f; téléchargez une sauvegarde, puis libérez de l’espace.',
  unavailable:
    'Le navigateur ne permet pas d’enregistrer sur cet appareil (navigation privée, stockage ' +
    'bloqué ou connexion au stockage perdue)\u00a0: la lettre n’a pas pu être enregistrée. ' +
    'Votre travail est conservé dans cette page\u202f; téléchargez une sauvegarde, puis rechargez ' +
    'la page ou quittez la navigation privée.',
  // Said on every page (letter, list, school): nothing could be read, nothing is saved. A hang
  // is most often another tab of the site holding the database open.
  timeout:
    'Le stockage du navigateur ne répond pas\u00a0: rien n’a pu être lu ni enregistré. ' +
    'Votre travail est conservé dans cette page\u202f; téléchargez une sauvegarde, puis fermez ' +
    'les autres onglets de ce site et rechargez la page.',
  'write-failed':
    'L’enregistrement a échoué\u00a0: la lettre n’a pas pu être enregistrée. Votre travail est ' +
    'conservé dans cette page\u202f; réessayez, ou téléchargez une sauvegarde.',
};

// A letter that fails its own schema before the write (a field too long…): not a storage
// problem, but the user must still be told, and told that retrying will not help.
const invalidMessage =
  'La lettre n’a pas pu être enregistrée\u00a0: un champ n’est pas valide (trop long ou mal ' +
  'formé). Votre travail est conservé dans cette page\u202f; corrigez ce champ, ou téléchargez ' +
  'une sauvegarde.';

/** Name, code and message of anything thrown, without trusting its shape. */
function describe(error: unknown): { name: string; code: unknown; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
    return {
      name: typeof name === 'string' ? name : '',
      code,
      message: typeof message === 'string' ? message : '',
    };
  }
  return { name: '', code: undefined, message: String(error) };
}

/** Which kind of failure an error from IndexedDB, localStorage or localforage is. */
function kindOf(name: string, code: unknown, message: string): StorageFailure['kind'] {
  // Chrome and Safari: QuotaExceededError (legacy code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED
  // (legacy code 1014).
  if (name === 'StorageTimeoutError') return 'timeout';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (code === 22 || code === 1014 || /quota/i.test(message)) return 'quota';
  // Firefox private browsing rejects IndexedDB with InvalidStateError; blocked site data gives
  // SecurityError; localforage says « No available storage method found »; Safari drops its
  // connection (« Connection to Indexed Database server lost », localForage #887).
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
  if (/not available|no available storage|connection .*lost/i.test(message)) return 'unavailable';
  return 'write-failed';
}

/** Turns whatever a store rejected with into a failure the page can show. Never throws. */
export function classifyStorageError(error: unknown): StorageFailure {
  const { name, code, message } = describe(error);
  const technical = [name, message].filter(Boolean).join(': ') || 'erreur inconnue';
  if (name === 'InvalidLetterError' || name === 'ZodError') {
    return { kind: 'write-failed', message: invalidMessage, technical };
  }
  const kind = kindOf(name, code, message);
  return { kind, message: messages[kind], technical };
}
