import type { ImportChoice, ImportPlan } from './plan';
import { formatCount } from '../text/plural';
import { groupSentences, type GroupWords } from './summary-groups';
import { summariseModels } from './summary-models';

/** The sentence telling that repeated ids were renamed, or nothing. */
function repairSentence(plan: ImportPlan): string {
  const count = plan.repairedLetters ?? 0;
  if (count === 0) return '';
  const letters =
    count === 1
      ? 'Une lettre répétait un identifiant (deux missions, paragraphes ou sections portant le même)'
      : `${formatCount(count)} lettres répétaient un identifiant (deux missions, paragraphes ou sections portant le même)`;
  return ` ${letters}\u00a0: de nouveaux identifiants ont été donnés, le texte ne change pas.`;
}

/** How the summary names the backup's letters (feminine: « elle sera remplacée »). */
const LETTERS: GroupWords = {
  fresh: ['lettre sera ajoutée', 'lettres seront ajoutées'],
  newer: [
    'lettre existe ici dans une version plus ancienne que celle de la sauvegarde',
    'lettres existent ici dans une version plus ancienne que celle de la sauvegarde',
  ],
  newerThen: {
    replace: [
      'elle sera remplacée par la version de la sauvegarde',
      'elles seront remplacées par la version de la sauvegarde',
    ],
    'keep-both': [
      'la version de la sauvegarde sera ajoutée en copie, la vôtre ne change pas',
      'la version de la sauvegarde sera ajoutée en copie, les vôtres ne changent pas',
    ],
  },
  older: [
    'lettre existe ici dans une version plus récente ou différente (ou illisible)\u00a0: celle de la sauvegarde sera ajoutée en copie, sans rien remplacer',
    'lettres existent ici dans une version plus récente ou différente (ou illisible)\u00a0: celles de la sauvegarde seront ajoutées en copie, sans rien remplacer',
  ],
  same: [
    'lettre est déjà ici, identique\u00a0: elle ne sera pas importée de nouveau',
    'lettres sont déjà ici, identiques\u00a0: elles ne seront pas importées de nouveau',
  ],
};

/**
 * French sentences saying what the import will do, letter group by letter group, then model
 * group by model group, for the confirmation step: added, replaced or copied (never an older
 * letter or model over a newer one), skipped.
 */
export function summarise(plan: ImportPlan, choice: ImportChoice = 'keep-both'): string {
  const { fresh, newer, older, same } = plan;
  const models = summariseModels(plan.models, choice);
  if (fresh.length + newer.length + older.length + same.length === 0)
    return models === '' ? 'La sauvegarde ne contient aucune lettre.' : models;
  const text =
    groupSentences(plan, LETTERS, choice) +
    repairSentence(plan) +
    (models === '' ? '' : ` ${models}`);
  return text.trim();
}
