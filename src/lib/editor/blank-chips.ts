import type { Field } from '../schemas/field';
import { parseTemplate } from '../text/template';
import { headingPlaceholders, impPlaceholders } from '../text/placeholders';
import { unknownBlanks } from '../checks/unknown-blanks';

/** One blank of a text as the editor shows it under the box: its label, never its `{id}`. */
export interface BlankChip {
  /** What the user reads: « Nom du référent », « il / elle (selon la civilité) ». */
  label: string;
  /** A brace group that names no field: it would print as typed. */
  unknown: boolean;
}

const impLabels: Record<(typeof impPlaceholders)[number], string> = {
  impNombre: 'nombre d’IMP (calculé)',
  impMontant: 'montant de l’IMP (calculé)',
};

/**
 * The blanks a text cites, in order and once each, as labelled chips: fields by their label,
 * computed blanks by what they give, agreement groups by their two forms, and brace groups that
 * name nothing flagged as unknown.
 */
export function blankChips(text: string, fields: readonly Field[]): BlankChip[] {
  const chips: BlankChip[] = [];
  const add = (chip: BlankChip) => {
    if (!chips.some((known) => known.label === chip.label)) chips.push(chip);
  };
  const pieces = parseTemplate(text);
  for (const piece of pieces) {
    if (piece.kind !== 'agreement') continue;
    add({ label: `${piece.masculine} / ${piece.feminine} (selon la civilité)`, unknown: false });
  }
  const ids = new Set(fields.map((field) => field.id));
  for (const piece of pieces) {
    if (piece.kind !== 'blank') continue;
    const id = piece.id;
    const field = fields.find((candidate) => candidate.id === id);
    if (field) add({ label: field.label, unknown: false });
    else if (id in impLabels)
      add({ label: impLabels[id as keyof typeof impLabels], unknown: false });
    else if (id in headingPlaceholders)
      add({ label: headingPlaceholders[id as keyof typeof headingPlaceholders], unknown: false });
  }
  for (const group of unknownBlanks(text, ids)) add({ label: group, unknown: true });
  return chips;
}
