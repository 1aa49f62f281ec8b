import { describe, expect, it } from 'vitest';
import {
  isSummaryRecord,
  SUMMARY_MAX_MISSIONS,
  SUMMARY_MAX_REVISION,
  SUMMARY_TEXT_LIMIT,
  SUMMARY_VERSION,
} from '../../../src/lib/letters/summary-check';
import { readSummary, summaryOf } from '../../../src/lib/letters/summary';
import {
  LETTER_SUMMARY_VERSION,
  letterSummarySchema,
} from '../../../src/lib/schemas/letter-summary';
import { STORED_TEXT_LIMIT } from '../../../src/lib/schemas/limits';
import { MAX_REVISION } from '../../../src/lib/schemas/revision';
import { makeLetter } from '../../fixtures/make-letter';

// The list checks summaries by hand, without zod: it must answer as the schema does.
const valid = summaryOf(
  makeLetter('m', { values: { prenom: 'Marie', nom: 'Curie', anneeScolaire: '2025-2026' } }),
);
const long = 'x'.repeat(SUMMARY_TEXT_LIMIT);

const variants: [string, unknown][] = [
  ['a summary as written', valid],
  ['no missions', { ...valid, missions: [] }],
  ['texts at their limit', { ...valid, title: long, person: long, fonction: long, year: long }],
  ['a fonction past its limit', { ...valid, fonction: `${long}x` }],
  ['a fonction that is not text', { ...valid, fonction: 1 }],
  ['a text past its limit', { ...valid, title: `${long}x` }],
  ['another version', { ...valid, summaryVersion: SUMMARY_VERSION + 1 }],
  ['the version before, without fonction', { ...valid, summaryVersion: 1, fonction: undefined }],
  ['the version as text', { ...valid, summaryVersion: String(SUMMARY_VERSION) }],
  ['an unknown field', { ...valid, extra: 1 }],
  ['a missing field', { ...valid, person: undefined }],
  ['an id with a space', { ...valid, id: 'a b' }],
  ['an empty id', { ...valid, id: '' }],
  ['an id of 64 characters', { ...valid, id: 'a'.repeat(64) }],
  ['an id of 65 characters', { ...valid, id: 'a'.repeat(65) }],
  ['a model id with an accent', { ...valid, typeId: 'référent' }],
  ['a negative revision', { ...valid, revision: -1 }],
  ['a fractional revision', { ...valid, revision: 1.5 }],
  ['the highest revision', { ...valid, revision: SUMMARY_MAX_REVISION }],
  ['a revision past the highest', { ...valid, revision: SUMMARY_MAX_REVISION + 1 }],
  ['a revision that is not a number', { ...valid, revision: Number.NaN }],
  ['a date without seconds', { ...valid, updatedAt: '2026-11-30T10:00Z' }],
  ['a date without fraction', { ...valid, updatedAt: '2026-11-30T10:00:00Z' }],
  ['a date with an offset', { ...valid, updatedAt: '2026-11-30T10:00:00+01:00' }],
  ['a date only', { ...valid, updatedAt: '2026-11-30' }],
  ['the 29 February of a leap year', { ...valid, updatedAt: '2028-02-29T10:00:00Z' }],
  ['the 29 February of another year', { ...valid, updatedAt: '2027-02-29T10:00:00Z' }],
  ['the 31 April', { ...valid, updatedAt: '2026-04-31T10:00:00Z' }],
  ['hour 24', { ...valid, updatedAt: '2026-11-30T24:00:00Z' }],
  ['a date as a number', { ...valid, updatedAt: 0 }],
  ['missions past their number', { ...valid, missions: Array(SUMMARY_MAX_MISSIONS + 1).fill('a') }],
  ['a mission that is not text', { ...valid, missions: [1] }],
  ['missions as text', { ...valid, missions: 'REP' }],
  ['a letter signed', { ...valid, status: 'signee', statusAt: '2027-05-12T09:00:00.000Z' }],
  ['an unknown status', { ...valid, status: 'envoyee' }],
  ['a status in capitals', { ...valid, status: 'Signée' }],
  ['no status', { ...valid, status: undefined }],
  ['a status date that is a date only', { ...valid, statusAt: '2027-05-12' }],
  ['a status date as null', { ...valid, statusAt: null }],
  ['a person of the team', { ...valid, teamPersonId: 'p-12' }],
  ['a team link with a space', { ...valid, teamPersonId: 'p 12' }],
  ['a team link left out', { ...valid, teamPersonId: undefined }],
  ['the version before, without a status', { ...valid, summaryVersion: 2, status: undefined }],
  ['null', null],
  ['an array', [valid]],
  ['a text', 'summary'],
  ['a date', new Date()],
];

describe('the hand-written check of a stored summary', () => {
  it.each(variants)('answers as the schema does for %s', (_name, raw) => {
    expect(isSummaryRecord(raw)).toBe(letterSummarySchema.safeParse(raw).success);
  });

  it('accepts a summary as the letter gives it, and refuses one of another letter', () => {
    expect(readSummary(valid.id, structuredClone(valid))).toEqual(valid);
    expect(readSummary('other', structuredClone(valid))).toBeNull();
  });

  it('uses the schema’s limits', () => {
    expect([SUMMARY_VERSION, SUMMARY_TEXT_LIMIT, SUMMARY_MAX_REVISION]).toEqual([
      LETTER_SUMMARY_VERSION,
      STORED_TEXT_LIMIT,
      MAX_REVISION,
    ]);
  });
});
