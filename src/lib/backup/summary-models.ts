import type { ImportChoice, ImportPlan, ModelPlan } from './plan';
import { groupSentences, type GroupWords } from './summary-groups';

// The confirmation step's sentences about the backup's user models (see `summary.ts` for the
// letters'): what will be added, replaced, copied or skipped, before anything is written.

/** How the summary names the backup's models (masculine: « il sera remplacé »). */
const MODELS: GroupWords = {
  fresh: [
    'modèle sera ajouté à «\u00a0Mes modèles\u00a0»',
    'modèles seront ajoutés à «\u00a0Mes modèles\u00a0»',
  ],
  newer: [
    'modèle existe ici dans une version plus ancienne que celle de la sauvegarde',
    'modèles existent ici dans une version plus ancienne que celle de la sauvegarde',
  ],
  newerThen: {
    replace: [
      'il sera remplacé par la version de la sauvegarde',
      'ils seront remplacés par la version de la sauvegarde',
    ],
    'keep-both': [
      'la version de la sauvegarde sera ajoutée en copie, le vôtre ne change pas',
      'la version de la sauvegarde sera ajoutée en copie, les vôtres ne changent pas',
    ],
  },
  older: [
    'modèle existe ici dans une version plus récente ou différente (ou illisible)\u00a0: celui de la sauvegarde sera ajouté en copie, sans rien remplacer',
    'modèles existent ici dans une version plus récente ou différente (ou illisible)\u00a0: ceux de la sauvegarde seront ajoutés en copie, sans rien remplacer',
  ],
  same: [
    'modèle est déjà ici, identique\u00a0: il ne sera pas importé de nouveau',
    'modèles sont déjà ici, identiques\u00a0: ils ne seront pas importés de nouveau',
  ],
};

/** Whether some models will be added as copies, so letters written from them follow them. */
function followSentence(plan: ModelPlan, choice: ImportChoice): string {
  const copies = plan.older.length + (choice === 'keep-both' ? plan.newer.length : 0);
  return copies > 0
    ? ' Les lettres de la sauvegarde faites sur un modèle ajouté en copie suivront la copie.'
    : '';
}

/** What the import will do with the backup's models, or nothing when it holds none. */
export function summariseModels(plan: ModelPlan | undefined, choice: ImportChoice): string {
  if (!plan) return '';
  return (groupSentences(plan, MODELS, choice) + followSentence(plan, choice)).trim();
}

/** The words of the « Remplacer » / « Garder les deux » choice, naming what clashes. */
export function clashWords(plan: ImportPlan): { legend: string; replace: string } {
  const letters = plan.newer.length > 0;
  const models = (plan.models?.newer.length ?? 0) > 0;
  if (letters && models)
    return {
      legend: 'Lettres et modèles plus anciens ici que dans la sauvegarde',
      replace: 'Remplacer les lettres et les modèles existants',
    };
  return letters
    ? {
        legend: 'Lettres plus anciennes ici que dans la sauvegarde',
        replace: 'Remplacer les lettres existantes',
      }
    : {
        legend: 'Modèles plus anciens ici que dans la sauvegarde',
        replace: 'Remplacer les modèles existants',
      };
}
