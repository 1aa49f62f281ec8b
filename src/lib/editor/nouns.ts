import type { Noun } from '../text/noun';

/** The parts of a letter the editor names in its labels and buttons. */
export const nouns = {
  mission: {
    label: 'Mission',
    indefinite: 'une mission',
    definite: 'la mission',
    removed: 'supprimée',
  },
  paragraph: {
    label: 'Paragraphe',
    indefinite: 'un paragraphe',
    definite: 'le paragraphe',
    removed: 'supprimé',
  },
  reference: {
    label: 'Référence',
    indefinite: 'une référence',
    definite: 'la référence',
    removed: 'supprimée',
  },
  copyLine: {
    label: 'Ligne de copie',
    indefinite: 'une ligne de copie',
    definite: 'la ligne de copie',
    removed: 'supprimée',
  },
  section: {
    label: 'Section',
    indefinite: 'une section',
    definite: 'la section',
    removed: 'supprimée',
  },
} as const satisfies Record<string, Noun>;
