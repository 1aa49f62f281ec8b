import type { LetterType } from '../schemas/letter-type';
import { headingPlaceholders, impPlaceholders } from '../text/placeholders';

/** One blank the builder offers to insert, by what the user reads. */
export interface InsertableBlank {
  id: string;
  label: string;
}

/** A group of the « Insérer un champ » list. */
export interface InsertableGroup {
  label: string;
  blanks: InsertableBlank[];
}

const impLabels: Record<(typeof impPlaceholders)[number], string> = {
  impNombre: 'nombre d’IMP (calculé)',
  impMontant: 'montant de l’IMP (calculé)',
};

/**
 * What « Insérer un champ » offers: the model's fields by their label, then the blanks the
 * letter computes from « Mon établissement » (« la principale », « du collège … »), then the
 * IMP's when the model has an IMP block (without it they would print nothing true).
 */
export function insertableBlanks(model: LetterType): InsertableGroup[] {
  const groups: InsertableGroup[] = [
    {
      label: 'Champs du modèle',
      blanks: model.fields.map((field) => ({ id: field.id, label: field.label })),
    },
    {
      label: 'Calculés depuis «\u00a0Mon établissement\u00a0»',
      blanks: Object.entries(headingPlaceholders).map(([id, label]) => ({ id, label })),
    },
  ];
  if (model.imp) {
    groups.push({
      label: 'Calculés depuis l’IMP',
      blanks: impPlaceholders.map((id) => ({ id, label: impLabels[id] })),
    });
  }
  return groups.filter((group) => group.blanks.length > 0);
}

/** Whether the model has the field whose value (Madame, Monsieur) picks an agreement's form. */
export function agreesWithCivilite(model: LetterType): boolean {
  return model.fields.some((field) => field.role === 'civilite');
}

/** Which form of « Insérer un accord » an error is about. */
export type Form = 'masculine' | 'feminine';

export type AgreementResult =
  | { ok: true; text: string; masculine: string; feminine: string }
  | { ok: false; errors: Partial<Record<Form, string>> };

// The forms `text/agreement` reads: letters, apostrophes, spaces and hyphens, nothing else (a
// brace or a bar would end the group early and print as typed).
const form = /^[\p{L}’' -]+$/u;

const formNames: Record<Form, string> = { masculine: 'au masculin', feminine: 'au féminin' };

function formError(which: Form, value: string): string | undefined {
  if (value === '') return `Écrivez la forme ${formNames[which]}.`;
  if (!form.test(value))
    return `La forme ${formNames[which]} ne peut contenir que des lettres, des apostrophes, des espaces et des traits d’union.`;
  return undefined;
}

/**
 * The agreement group `{référent|référente}` for two forms as typed, or what is wrong with
 * each, in French: the forms are trimmed (a space at either end would print).
 */
export function agreementGroup(masculineInput: string, feminineInput: string): AgreementResult {
  const masculine = masculineInput.trim();
  const feminine = feminineInput.trim();
  const errors: Partial<Record<Form, string>> = {};
  const masculineError = formError('masculine', masculine);
  const feminineError = formError('feminine', feminine);
  if (masculineError) errors.masculine = masculineError;
  if (feminineError) errors.feminine = feminineError;
  if (masculineError || feminineError) return { ok: false, errors };
  return { ok: true, text: `{${masculine}|${feminine}}`, masculine, feminine };
}
