import type { FieldIssue } from '../validation/issues';
import { issueSentence } from '../validation/issues';

// The « Détails techniques » of a failure, in French like everything users read: what the
// browser or the site reported, said in words, then the error's class name in parentheses for
// whoever helps the user (« Espace de stockage plein (QuotaExceededError) »). The browser's own
// message is English and is left out.

/** What each error a store or the site may throw means, by its class name. */
const meanings: Record<string, string> = {
  QuotaExceededError: 'espace de stockage plein',
  NS_ERROR_DOM_QUOTA_REACHED: 'espace de stockage plein',
  StorageTimeoutError: 'le stockage du navigateur n’a pas répondu à temps',
  InvalidStateError: 'stockage inutilisable dans cet état (navigation privée, base fermée)',
  SecurityError: 'accès au stockage refusé par le navigateur',
  NotFoundError: 'base de données du site introuvable',
  VersionError: 'base de données écrite par une version plus récente du site',
  AbortError: 'écriture interrompue par le navigateur',
  TransactionInactiveError: 'écriture commencée trop tard, la transaction était close',
  DataCloneError: 'donnée que le navigateur ne sait pas enregistrer',
  UnknownError: 'erreur interne du stockage du navigateur',
  InvalidLetterError: 'lettre refusée avant l’écriture',
  InvalidSchoolError: '«\u00a0Mon établissement\u00a0» refusé avant l’écriture',
  InvalidUserModelError: 'modèle refusé avant l’écriture',
  ZodError: 'données refusées avant l’écriture',
  PartialWriteError: 'écriture interrompue en cours de route',
  DeletedLetterRewritten: 'lettre enregistrée de nouveau par un autre onglet après sa suppression',
};

/** What a failure of each kind means when its class name says nothing known. */
const byKind = {
  quota: 'espace de stockage plein',
  unavailable: 'stockage du navigateur indisponible',
  timeout: 'le stockage du navigateur n’a pas répondu à temps',
  'write-failed': 'erreur inattendue du stockage du navigateur',
} as const;

/** A class name as code writes it; anything else (a hostile or empty name) is not shown. */
const isClassName = (name: string) => /^[A-Za-z_$][\w$]{0,63}$/.test(name);

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The technical details of an error, in French: its meaning (by class name, else by `kind`),
 * the fields refused when it carries `issues`, then « (ClassName, code 22) » when known.
 */
export function technicalDetails(
  error: { name: string; code: unknown },
  kind: keyof typeof byKind,
  issues: readonly FieldIssue[] = [],
): string {
  const { name, code } = error;
  const meaning = (Object.hasOwn(meanings, name) ? meanings[name] : undefined) ?? byKind[kind];
  const fields = issues.length > 0 ? `\u00a0: ${issueSentence(issues)}` : '';
  const tags = [
    isClassName(name) ? name : '',
    typeof code === 'number' && code !== 0 ? `code ${code}` : '',
  ].filter(Boolean);
  const tag = tags.length > 0 ? ` (${tags.join(', ')})` : '';
  return `${capitalize(meaning)}${fields}${tag}`;
}
