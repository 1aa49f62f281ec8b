/** Storage keys: one place so the repository, backups and tests agree. */
export const keys = {
  /** A letter in the current format. */
  letter: (id: string) => `letter:${id}`,
  /** The letter's summary for « Mes lettres » (`letter-summary.ts`), rebuilt from the letter. */
  summary: (id: string) => `letter-summary:${id}`,
  /** A model the user made (« Créer un modèle »), see `src/lib/models/repository.ts`. */
  model: (id: string) => `model:${id}`,
  /** "Mon établissement". */
  school: 'school',
  /** « Mon équipe »: the people of the school, in one record (`src/lib/team/repository.ts`). */
  team: 'team',
  /**
   * Never written itself: names the quarantined copy (`quarantine:school:logo`,
   * `…:school:signature`, `…:school:stamp`) of an image of « Mon établissement » that could not
   * be read, set aside alone so the rest of « Mon établissement » opens.
   */
  schoolImage: (image: string) => `school:${image}`,
  /** The raw value of an unreadable record, kept for recovery, under its original key. */
  quarantine: (key: string) => `quarantine:${key}`,
  /** The pre-migration record, kept while the migrated one is being written. */
  migrationBackup: (id: string) => `migration-backup:${id}`,
} as const;

/** Prefix of every letter key. */
export const LETTER_PREFIX = 'letter:';

/** Prefix of every letter summary key (it does not start with `LETTER_PREFIX`). */
export const SUMMARY_PREFIX = 'letter-summary:';

/** Prefix of every user model key. */
export const MODEL_PREFIX = 'model:';

/** Prefix of every quarantined record's key. */
export const QUARANTINE_PREFIX = 'quarantine:';
