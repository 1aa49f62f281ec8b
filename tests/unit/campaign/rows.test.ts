import { describe, expect, test } from 'vitest';
import { summaryOf } from '../../../src/lib/letters/summary';
import { withStatus } from '../../../src/lib/letters/status';
import { campaignRows } from '../../../src/lib/campaign/rows';
import {
  filterRows,
  missionOptions,
  NO_FILTER,
  shownSentence,
  statusOptions,
} from '../../../src/lib/campaign/filters';
import { summaryRows } from '../../../src/lib/summary/year-summary';
import { letterOf, models, rates, type Person } from '../summary/support';

const YEAR = '2027-2028';
const people: Person[] = [
  { id: 'zoe', prenom: 'Zoé', nom: 'Ñandú', year: YEAR, lines: [{ count: 1, taux: 3 }] },
  { id: 'ali', prenom: 'Ali', nom: 'Benali', year: YEAR, lines: [{ count: 0.5, taux: 2 }] }, // ½ IMP: 625 €
  { id: 'old', prenom: 'Olga', nom: 'Ancienne', year: '2026-2027', lines: [{ count: 1, taux: 3 }] },
];
const at = new Date('2027-03-01T10:00:00.000Z');
const letters = people
  .map(letterOf)
  .map((letter) => (letter.id === 'ali' ? withStatus(letter, 'signee', at) : letter));
const records = letters.map(summaryOf);
const modelInfo = models.map((model) => ({ ...model, title: model.mission }));
const impById = new Map(summaryRows(letters, models, rates).map((row) => [row.id, row]));

describe('the campaign’s rows', () => {
  test('are the year’s letters only, by person, with their status as the pages name it', () => {
    const rows = campaignRows(records, YEAR, modelInfo, new Map(), null);
    expect(rows.map((row) => [row.person, row.statusLabel])).toEqual([
      ['Ali Benali', 'Signée'],
      ['Zoé Ñandú', 'Brouillon'],
    ]);
    // Before the letters are read, no amount is made up.
    expect(rows.every((row) => row.imp === null)).toBe(true);
  });

  test('carry the IMP summary’s own figures once the letters are read', () => {
    const rows = campaignRows(records, YEAR, modelInfo, new Map(), impById);
    const ali = rows.find((row) => row.id === 'ali');
    expect(ali?.imp?.quarters).toBe(2);
    expect(ali?.imp?.annualCents).toBe(62500);
    expect(ali?.imp).toBe(impById.get('ali'));
  });

  test('filter by status, by mission, and by a search that ignores accents and case', () => {
    const rows = campaignRows(records, YEAR, modelInfo, new Map(), impById);
    expect(filterRows(rows, { ...NO_FILTER, status: 'signee' }).map((row) => row.id)).toEqual([
      'ali',
    ]);
    expect(filterRows(rows, { ...NO_FILTER, query: 'NANDU' }).map((row) => row.id)).toEqual([
      'zoe',
    ]);
    const mission = rows[0]?.mission ?? '';
    expect(filterRows(rows, { ...NO_FILTER, mission })).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTER, mission: 'Autre chose' })).toHaveLength(0);
  });

  test('offer every status and each mission with its count, in French', () => {
    const rows = campaignRows(records, YEAR, modelInfo, new Map(), impById);
    const statuses = statusOptions(rows).map((option) => option.label);
    expect(statuses).toContain('Signée (1)');
    expect(statuses).toContain('Brouillon (1)');
    expect(statuses).toContain('Remise à l’intéressé(e) (0)');
    expect(missionOptions(rows)).toEqual([
      { value: rows[0]?.mission, label: `${rows[0]?.mission} (2)` },
    ]);
    expect(shownSentence(1, 2)).toBe('1 lettre sur 2.');
    expect(shownSentence(2, 2)).toBe('2 lettres.');
  });
});
