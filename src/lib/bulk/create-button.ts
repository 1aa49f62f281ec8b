import { plural } from '../text/plural';
import type { ListReading } from './parse-list';
import { listLimitsText } from './list-limits';

/** What the button that creates the letters says, and why it cannot be pressed. */
export interface CreateButton {
  /** « Créer les 3 lettres », « Créer 1 lettre », « Créer les lettres » when there is none. */
  label: string;
  /** Why the button is disabled, in one sentence; empty when it can be pressed. */
  reason: string;
}

/**
 * The button under the list of people. With no valid line it is disabled and a sentence says
 * why, rather than offering « Créer les 0 lettre »; once the letters of this very list are
 * created, it waits for the list to change, so that none is created twice by mistake.
 */
export function createButton(reading: ListReading, alreadyCreated: boolean): CreateButton {
  const good = reading.rows.filter((row) => row.ok).length;
  const bad = reading.rows.length - good;
  const label =
    good === 0
      ? 'Créer les lettres'
      : good === 1
        ? 'Créer 1 lettre'
        : `Créer les ${plural(good, 'lettre', 'lettres')}`;
  if (alreadyCreated)
    return {
      label,
      reason: 'Ces lettres sont créées\u00a0: modifiez la liste pour en créer d’autres.',
    };
  if (good > 0) return { label, reason: '' };
  if (reading.refused)
    return {
      label,
      reason: `La liste n’a pas été lue (${listLimitsText})\u00a0: coupez-la en plusieurs listes.`,
    };
  const fix =
    bad === 0
      ? 'saisissez, collez ou importez au moins une personne.'
      : `${plural(bad, 'ligne est', 'lignes sont')} à corriger (voir «\u00a0Lignes à corriger\u00a0»).`;
  return { label, reason: `Aucune ligne valide\u00a0: ${fix}` };
}
