import { ZodError } from 'zod';
import { formatPath } from '../schemas/field-path';
import {
  fieldIssues,
  InvalidRecordError,
  issueSentence,
  type FieldIssue,
} from '../validation/issues';
import { technicalDetails } from './technical';

/** What the user is told when the browser refused to store something. */
export interface StorageFailure {
  /** `unavailable`: no storage at all (private browsing, blocked, connection lost);
   * `quota`: storage is full; `timeout`: storage never answered (an IndexedDB open that
   * hangs); `write-failed`: anything else. */
  kind: 'unavailable' | 'quota' | 'timeout' | 'write-failed';
  /** What happened and what to do, in French, ready to show. */
  message: string;
  /**
   * For a « Détails techniques » disclosure: what the error means, in French, then its class
   * name in parentheses (see `technicalDetails`).
   */
  technical: string;
}

/** What the failed operation was about: each message names it. */
export type StorageSubject =
  | 'letter'
  | 'model'
  | 'school'
  | 'team'
  | 'list-read'
  | 'list-write'
  | 'import'
  | 'import-write'
  | 'export'
  | 'set-aside'
  | 'storage';

interface SubjectWords {
  /** Read or write: says which verb failed. */
  op: 'read' | 'write';
  /** What could not be done, lower case: « la lettre n’a pas pu être enregistrée ». */
  failed: string;
  /** What is still safe, a sentence start. */
  kept: string;
}

// Every message says what happened, to what (the subject), what is still safe, and what to do
// (the user's own backup file is the safety net).
const subjects: Record<StorageSubject, SubjectWords> = {
  letter: {
    op: 'write',
    failed: 'la lettre n’a pas pu être enregistrée',
    kept: 'Votre travail est conservé dans cette page',
  },
  model: {
    op: 'write',
    failed: 'le modèle n’a pas pu être enregistré',
    kept: 'Votre travail est conservé dans cette page',
  },
  school: {
    op: 'write',
    failed: '«\u00a0Mon établissement\u00a0» n’a pas pu être enregistré',
    kept: 'Vos saisies sont conservées dans cette page',
  },
  team: {
    op: 'write',
    failed: '«\u00a0Mon équipe\u00a0» n’a pas pu être enregistrée',
    kept: 'Vos saisies sont conservées dans cette page',
  },
  'list-read': {
    op: 'read',
    failed: 'vos lettres n’ont pas pu être lues',
    kept: 'Rien n’a été modifié',
  },
  'list-write': {
    op: 'write',
    failed: 'la modification de vos lettres n’a pas pu être enregistrée',
    kept: 'Vos lettres enregistrées sont restées telles quelles',
  },
  import: {
    op: 'read',
    failed: 'la sauvegarde n’a pas pu être comparée à vos lettres, rien n’a été importé',
    kept: 'Rien n’a été modifié',
  },
  'import-write': {
    op: 'write',
    failed: 'aucune lettre de la sauvegarde n’a été importée',
    kept: 'Vos lettres enregistrées sont restées telles quelles',
  },
  export: {
    op: 'read',
    failed: 'vos lettres n’ont pas pu être relues pour la sauvegarde',
    kept: 'Rien n’a été téléchargé ni modifié',
  },
  'set-aside': {
    op: 'read',
    failed: 'les données mises de côté n’ont pas pu être lues',
    kept: 'Rien n’a été modifié',
  },
  storage: {
    op: 'write',
    failed:
      'vos lettres, vos modèles et «\u00a0Mon établissement\u00a0» ne pourront pas être enregistrés',
    kept: 'Ce que vous saisissez reste dans cette page tant qu’elle est ouverte',
  },
};

const causes: Record<StorageFailure['kind'], (op: SubjectWords['op']) => string> = {
  quota: () => 'L’espace de stockage du navigateur est plein',
  unavailable: () =>
    'Le navigateur ne permet pas d’enregistrer sur cet appareil (navigation privée, stockage ' +
    'bloqué ou connexion au stockage perdue)',
  // A hang is most often another tab of the site holding the database open.
  timeout: () => 'Le stockage du navigateur ne répond pas',
  'write-failed': (op) => (op === 'write' ? 'L’enregistrement a échoué' : 'La lecture a échoué'),
};

const actions: Record<StorageFailure['kind'], string> = {
  quota: 'téléchargez une sauvegarde, puis libérez de l’espace',
  unavailable: 'téléchargez une sauvegarde, puis rechargez la page ou quittez la navigation privée',
  timeout:
    'téléchargez une sauvegarde, puis fermez les autres onglets de ce site et rechargez la page',
  'write-failed': 'réessayez, ou téléchargez une sauvegarde',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function storageMessage(kind: StorageFailure['kind'], subject: StorageSubject): string {
  const words = subjects[subject];
  return `${causes[kind](words.op)}\u00a0: ${words.failed}. ${words.kept}\u202f; ${actions[kind]}.`;
}

// A record that fails its own schema before the write (a field too long…): not a storage
// problem, but the user must still be told which field, and that retrying will not help.
function invalidMessage(issues: readonly FieldIssue[], subject: StorageSubject): string {
  const words = subjects[subject];
  const which =
    issues.length > 0
      ? `${issues.length > 1 ? 'des champs ne sont' : 'un champ n’est'} pas valide${issues.length > 1 ? 's' : ''}\u00a0: ${issueSentence(issues)}`
      : 'un champ n’est pas valide (trop long ou mal formé)';
  return (
    `${capitalize(words.failed)}, ${which}. ${words.kept}\u202f; corrigez ` +
    `${issues.length > 1 ? 'ces champs' : 'ce champ'}, ou téléchargez une sauvegarde.`
  );
}

// Also by name: a record error may come from another realm (a worker, a test double).
const invalidNames = new Set([
  'InvalidLetterError',
  'InvalidSchoolError',
  'InvalidUserModelError',
  'ZodError',
]);

/** The field-by-field problems an invalid record error carries (ours or zod's). */
function issuesOf(error: unknown): FieldIssue[] {
  if (error instanceof InvalidRecordError) return error.issues;
  if (error instanceof ZodError)
    return fieldIssues(error, (path) => `le champ «\u00a0${formatPath(path)}\u00a0»`);
  return [];
}

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

/**
 * Turns whatever a store rejected with into a failure the page can show, its message naming
 * `subject` (what was being read or written). Never throws.
 */
export function classifyStorageError(
  error: unknown,
  subject: StorageSubject = 'letter',
): StorageFailure {
  const { name, code, message } = describe(error);
  if (error instanceof InvalidRecordError || error instanceof ZodError || invalidNames.has(name)) {
    const issues = issuesOf(error);
    const technical = technicalDetails({ name, code }, 'write-failed', issues);
    return { kind: 'write-failed', message: invalidMessage(issues, subject), technical };
  }
  const kind = kindOf(name, code, message);
  const technical = technicalDetails({ name, code }, kind);
  return { kind, message: storageMessage(kind, subject), technical };
}

// The journal (localStorage) could not be written: nothing is lost yet, but a keystroke is now
// kept only by the page until its direct write to IndexedDB resolves. Said with what to do.
const journalCauses: Record<StorageFailure['kind'], string> = {
  quota: 'L’espace de stockage local du navigateur est plein',
  unavailable: 'Le navigateur bloque son stockage local pour ce site',
  timeout: 'Le stockage local du navigateur ne répond pas',
  'write-failed': 'Le stockage local du navigateur refuse l’écriture',
};

/** How a journalled record is named in the journal's messages. */
export type JournalSubject = 'letter' | 'school' | 'model' | 'team';

const journalWords: Record<JournalSubject, { saved: string; backup: string }> = {
  letter: { saved: 'La lettre est donc enregistrée', backup: 'une sauvegarde de cette lettre' },
  school: {
    saved: '«\u202fMon établissement\u202f» est donc enregistré',
    backup: 'une sauvegarde de «\u202fMon établissement\u202f»',
  },
  team: {
    saved: '«\u202fMon équipe\u202f» est donc enregistrée',
    backup: 'une sauvegarde depuis «\u202fMes lettres\u202f»',
  },
  model: {
    saved: 'Le modèle est donc enregistré',
    backup: 'une copie du modèle avec «\u202fExporter le modèle\u202f»',
  },
};

function journalAction(kind: StorageFailure['kind'], backup: string): string {
  if (kind === 'quota')
    return (
      'Pour retrouver cette sécurité, libérez de l’espace dans les réglages du navigateur\u00a0: ' +
      'effacez les données d’autres sites, ou celles de ce site, mais seulement après avoir ' +
      'téléchargé une sauvegarde de vos lettres depuis «\u202fMes lettres\u202f» (elles seraient ' +
      'effacées aussi).'
    );
  if (kind === 'unavailable')
    return (
      'Pour retrouver cette sécurité, autorisez ce site à enregistrer des données dans les ' +
      `réglages du navigateur, ou téléchargez ${backup}.`
    );
  return `Si ce message reste affiché, téléchargez ${backup}.`;
}

/**
 * What the user is told when the write-ahead journal (`localStorage`) refused a change: why,
 * that the record is now written directly at each change, to wait for « Enregistré » before
 * leaving, and how to get the journal back. Never throws.
 */
export function classifyJournalError(
  error: unknown,
  subject: JournalSubject = 'letter',
): StorageFailure {
  const { name, code, message } = describe(error);
  const kind = kindOf(name, code, message);
  const technical = technicalDetails({ name, code }, kind);
  const words = journalWords[subject];
  return {
    kind,
    message:
      `${journalCauses[kind]}\u00a0: la copie de secours de vos modifications ne peut pas y ` +
      `être écrite. ${words.saved} directement, à chaque modification\u202f; ` +
      'attendez «\u202fEnregistré\u202f» avant de fermer ou de recharger la page. ' +
      journalAction(kind, words.backup),
    technical,
  };
}
