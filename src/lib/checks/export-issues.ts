import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import type { SchoolHeadingKey } from '../schemas/school';
import { impProblems } from '../imp';
import { freeTexts, placeLabel } from '../letters/free-texts';
import { textBoxId } from './text-box-id';
import { validateLetter } from '../validation/fields';
import { schoolLabels } from '../schemas/school-labels';
import { cleanInvisible } from '../text/clean-invisible';
import { frenchTypography } from '../text/typography';
import { unknownBlanks } from './unknown-blanks';
import { overLimitTexts } from './over-limit';
import { valueOf } from '../schemas/values';
import { schoolYearEnding } from './school-year-end';
import { findDatesToCheck } from '../letters/date-review';

/** One thing to look at before the PDF is made, with the control that fixes it. */
export interface ExportIssue {
  /** What kind of problem, to group or count them. */
  kind: 'field' | 'blank' | 'imp' | 'length' | 'character' | 'year' | 'date';
  /** The control's name, as the editor labels it: « Nom du référent », « Mission 3 »… */
  label: string;
  /** What is wrong and what to do, in French. */
  message: string;
  /** Id of the control to focus. */
  target: string;
}

/**
 * What a head would want to know before printing a letter to sign: required fields left
 * empty or values that do not pass their check, dates on a weekend or a public holiday or of a
 * school year long past (`findDatesToCheck`: what a copy for next year may leave), brace groups
 * that name no field (they would print as typed), IMP lines whose number and taux disagree,
 * texts over their length limit (stored before the limits), — when `covered` (the
 * characters the PDF fonts draw) is given — characters the PDF cannot write, and — when `today`
 * is given — a school year that has ended or ends within two months. Each names the control to
 * fix. None of them stops a draft from being exported.
 */
export function exportIssues(
  letter: Letter,
  rates: readonly ImpRate[],
  covered?: string,
  today?: Date,
): ExportIssue[] {
  const issues: ExportIssue[] = [];
  const ending = today ? schoolYearEnding(letter, today) : null;
  if (ending)
    issues.push({
      kind: 'year',
      label: ending.label,
      message: ending.message,
      target: `f-${ending.fieldId}`,
    });
  const problems = validateLetter(letter);
  for (const field of letter.fields) {
    const problem = problems.get(field.id);
    if (problem?.level !== 'error') continue;
    issues.push({
      kind: 'field',
      label: field.label,
      message: problem.message,
      target: `f-${field.id}`,
    });
  }
  for (const { label, message, target } of findDatesToCheck(letter))
    issues.push({ kind: 'date', label, message, target });
  const ids = new Set(letter.fields.map((field) => field.id));
  for (const { place, text } of freeTexts(letter)) {
    for (const group of unknownBlanks(text, ids)) {
      issues.push({
        kind: 'blank',
        label: placeLabel(place),
        message: frenchTypography(
          `« ${group} » ne désigne aucun champ de la lettre et serait imprimé tel quel : ` +
            'corrigez-le, insérez un champ de la liste, ou retirez les accolades.',
        ),
        target: textBoxId(place),
      });
    }
  }
  for (const problem of impProblems(letter, rates)) {
    const line = letter.imp?.lines.find((candidate) => candidate.id === problem.lineId);
    issues.push({
      kind: 'imp',
      label: line?.heading ?? 'Tableau des IMP',
      message: problem.message,
      target: `imp-${problem.lineId}-count`,
    });
  }
  for (const { label, target, length, max } of overLimitTexts(letter)) {
    const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
    issues.push({
      kind: 'length',
      label,
      message:
        `Texte trop long\u00a0: ${number(length)}\u00a0caractères pour ${number(max)} au plus. ` +
        'Raccourcissez-le pour pouvoir enregistrer la lettre.',
      target,
    });
  }
  if (covered !== undefined) issues.push(...characterIssues(letter, covered));
  return issues;
}

/** Visible characters no PDF font draws (an emoji), in every box the user typed them in. */
function characterIssues(letter: Letter, covered: string): ExportIssue[] {
  const boxes: { label: string; target: string; text: string }[] = [
    ...letter.fields.map((field) => ({
      label: field.label,
      target: `f-${field.id}`,
      text: valueOf(letter.values, field.id),
    })),
    ...(Object.keys(schoolLabels) as SchoolHeadingKey[]).map((key) => ({
      label: `${schoolLabels[key].label} (en-tête)`,
      target: `school-${key}`,
      text: letter.school[key],
    })),
    ...freeTexts(letter).map(({ place, text }) => ({
      label: placeLabel(place),
      target: textBoxId(place),
      text,
    })),
  ];
  return boxes.flatMap(({ label, target, text }) => {
    const missing = [...new Set(cleanInvisible(text))].filter(
      (character) => !/\s/u.test(character) && !covered.includes(character),
    );
    if (missing.length === 0) return [];
    const list = missing.map((character) => `« ${character} »`).join(', ');
    const one = missing.length === 1;
    return [
      {
        kind: 'character',
        label,
        message: frenchTypography(
          `${list} ${one ? 'ne peut' : 'ne peuvent'} pas être écrit${one ? '' : 's'} dans le PDF : ` +
            `remplacez-${one ? 'le' : 'les'} (un émoji par un mot, par exemple).`,
        ),
        target,
      },
    ];
  });
}
