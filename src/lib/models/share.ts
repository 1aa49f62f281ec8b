import { z } from 'zod';
import { USER_MODEL_SCHEMA_VERSION, userModelSchema, type UserModel } from '../schemas/user-model';
import { fieldIssues, issueLines } from '../validation/issues';
import { frenchErrorMap } from '../validation/french-issues';
import { isRecord } from '../schemas/is-record';
import { cleanInvisibleDeep } from '../text/clean-invisible';
import { slugify } from '../text/slug';
import { newId } from '../ids/new-id';
import { userModelPlace } from './place';
import { repairUserModelIds } from './repair-ids';

// A model shared as a file (« Exporter le modèle » / « Importer un modèle »). Pure functions:
// the page reads the file and writes the model; nothing here touches storage.

/** What the file says it is, so a backup or any other JSON is told apart. */
export const MODEL_FILE_FORMAT = 'lettres-de-mission/modele';
/** Version of the file envelope; the model inside has its own `schemaVersion`. */
export const MODEL_FILE_VERSION = 1;
/** Largest file read: a model of 200 fields and 1 000 items is far below 1 Mo. */
export const MODEL_FILE_MAX_BYTES = 1_000_000;

/** The envelope of a model file. */
export const modelFileSchema = z
  .object({
    /** Always `lettres-de-mission/modele`. */
    format: z.literal(MODEL_FILE_FORMAT),
    /** Envelope version. */
    version: z.literal(MODEL_FILE_VERSION),
    /** The model, as stored. */
    model: userModelSchema,
  })
  .strict();

/** The messages shown when a file is refused (nothing is changed then). */
export const modelFileMessages = {
  tooBig:
    'Le fichier dépasse 1\u00a0Mo, la taille la plus grande acceptée pour un modèle\u00a0: il n’a pas été lu. ' +
    'Vérifiez que c’est bien un modèle exporté depuis «\u00a0Mes modèles\u00a0»\u202f; un modèle plus lourd ' +
    'doit être allégé (moins de sections, des textes plus courts) avant d’être exporté de nouveau.',
  unreadable: 'Le fichier n’a pas pu être lu. Choisissez-le de nouveau.',
  notJson:
    'Le fichier est illisible ou incomplet (a-t-il été coupé ou modifié\u202f?)\u00a0: ' +
    'aucun modèle n’a été importé.',
  notOurs:
    'Ce fichier n’est pas un modèle de Lettres de mission (une sauvegarde de lettres s’importe ' +
    'depuis «\u00a0Mes lettres\u00a0»).',
  future: (version: number) =>
    `Ce modèle a été exporté par une version plus récente du site (format ${version})\u00a0: ` +
    'rechargez la page pour obtenir la dernière version, puis importez-le de nouveau.',
  invalid: 'Le modèle contient des données invalides\u00a0: aucun modèle n’a été importé.',
} as const;

/** What `parseModelFile` needs from a `File` (a double in tests). */
export interface ModelFile {
  readonly size: number;
  text(): Promise<string>;
}

/** A checked model file, or why it is refused, in French. */
export type ParsedModelFile =
  | {
      ok: true;
      model: UserModel;
      /** How many repeated ids were renamed (`repair-ids.ts`); 0 when none. */
      repairedIds: number;
    }
  | { ok: false; message: string; details: string[] };

/** The text of the file « Exporter le modèle » downloads. */
export function modelFileText(model: UserModel): string {
  return `${JSON.stringify({ format: MODEL_FILE_FORMAT, version: MODEL_FILE_VERSION, model }, null, 2)}\n`;
}

/** « modele-lettre-de-mission-de-referent-zephyr.json », from the model's title. */
export function modelFileName(model: UserModel): string {
  return `modele-${slugify(model.model.title, 80) || 'sans-titre'}.json`;
}

const refuse = (message: string, details: string[] = []): ParsedModelFile => ({
  ok: false,
  message,
  details,
});

/**
 * Reads a model file chosen by the user. Hostile until zod says otherwise: size checked before
 * and after reading, `JSON.parse` only, strict schemas (unknown keys, `__proto__` included, are
 * refused), every problem named in French with the field in words. Invisible characters pasted
 * into a text are cleaned, as everywhere else.
 */
export async function parseModelFile(file: ModelFile): Promise<ParsedModelFile> {
  if (!(file.size <= MODEL_FILE_MAX_BYTES)) return refuse(modelFileMessages.tooBig);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(modelFileMessages.unreadable);
  }
  if (text.length > MODEL_FILE_MAX_BYTES) return refuse(modelFileMessages.tooBig);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(modelFileMessages.notJson);
  }
  if (!isRecord(data) || data['format'] !== MODEL_FILE_FORMAT)
    return refuse(modelFileMessages.notOurs);
  const version = data['version'];
  if (typeof version === 'number' && version > MODEL_FILE_VERSION)
    return refuse(modelFileMessages.future(version));
  const inner = data['model'];
  const modelVersion = isRecord(inner) ? inner['schemaVersion'] : undefined;
  if (typeof modelVersion === 'number' && modelVersion > USER_MODEL_SCHEMA_VERSION)
    return refuse(modelFileMessages.future(modelVersion));
  const { record, repaired } = repairUserModelIds(inner);
  const parsed = modelFileSchema.safeParse(repaired === 0 ? data : { ...data, model: record }, {
    errorMap: frenchErrorMap,
  });
  if (!parsed.success) {
    const place = (path: readonly (string | number)[]) =>
      path[0] === 'model' ? userModelPlace(path.slice(1), data['model']) : fileTop(path[0]);
    return refuse(
      modelFileMessages.invalid,
      issueLines(fieldIssues(parsed.error, place), 'fichier'),
    );
  }
  return { ok: true, model: cleanInvisibleDeep(parsed.data.model), repairedIds: repaired };
}

function fileTop(key: string | number | undefined): string {
  if (key === 'format') return 'le format du fichier';
  if (key === 'version') return 'la version du fichier';
  return 'le fichier';
}

/** What importing a checked model will do. */
export type ModelImportPlan =
  /** Write `model`; `renamed` when its id was taken by a different model (it got a new one). */
  | { kind: 'add'; model: UserModel; renamed: boolean }
  /** The very same model is already there: nothing to write. */
  | { kind: 'same'; model: UserModel };

/**
 * Where an imported model goes. Its id is kept when free; when a different model (or a ready
 * model's slug) holds it, the import gets a new id and starts at revision 0, so importing never
 * replaces anything. The same model imported twice is recognised and not duplicated.
 */
export function planModelImport(
  model: UserModel,
  stored: readonly UserModel[],
  readyIds: ReadonlySet<string>,
  makeId: () => string = newId,
): ModelImportPlan {
  const holder = stored.find((candidate) => candidate.id === model.id);
  if (holder && sameContent(holder, model)) return { kind: 'same', model: holder };
  if (!holder && !readyIds.has(model.id)) return { kind: 'add', model, renamed: false };
  const taken = new Set([...stored.map((candidate) => candidate.id), ...readyIds]);
  let id = makeId();
  while (taken.has(id)) id = makeId();
  return { kind: 'add', model: { ...model, id, revision: 0 }, renamed: true };
}

/** Whether two records hold the same model, whatever their revision and dates. */
function sameContent(a: UserModel, b: UserModel): boolean {
  return JSON.stringify(a.model) === JSON.stringify(b.model);
}

/** What the page says once a model is imported; `repairedIds` from `parseModelFile`. */
export function importedSentence(plan: ModelImportPlan, repairedIds = 0): string {
  return [importedOnly(plan), repairedSentence(repairedIds)].filter(Boolean).join(' ');
}

function importedOnly(plan: ModelImportPlan): string {
  const name = `«\u00a0${plan.model.model.mission}\u00a0»`;
  if (plan.kind === 'same')
    return `Le modèle ${name} est déjà dans vos modèles\u00a0: rien n’a changé.`;
  return plan.renamed
    ? `Modèle ${name} importé. Un autre modèle portait déjà son identifiant\u00a0: la copie importée en a reçu un nouveau, l’autre n’a pas changé.`
    : `Modèle ${name} importé.`;
}

/** What the import repaired in the file, said once the model is in (empty when nothing). */
export function repairedSentence(repairedIds: number): string {
  if (repairedIds === 0) return '';
  const what =
    repairedIds === 1
      ? 'Un identifiant répété a été renommé'
      : `${repairedIds} identifiants répétés ont été renommés`;
  return (
    `${what} (deux colonnes de l’IMP, deux champs ou deux sections du fichier portaient le même)\u202f; ` +
    'aucun texte n’a changé.'
  );
}
