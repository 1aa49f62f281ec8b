import { describe, expect, it } from 'vitest';
import { historyLine, statusAnnouncement } from '../../../src/lib/letters/status-text';
import { isLetterStatus } from '../../../src/lib/schemas/status-names';
import { letterStatusSchema } from '../../../src/lib/schemas/letter-status';

// Noon UTC: the same calendar day in every time zone the tests run in.
const at = '2027-05-04T12:00:00.000Z';

describe('a letter’s history as the editor shows it', () => {
  it('says each change with its French date and its reason', () => {
    expect(historyLine({ status: 'signee', at, reason: '' })).toBe('Signée le 4 mai 2027');
    expect(historyLine({ status: 'a-revoir', at, reason: 'Modifiée après signature' })).toBe(
      'Mise «\u00a0À revoir\u00a0» le 4 mai 2027\u00a0: Modifiée après signature',
    );
    expect(historyLine({ status: 'prete', at: '2027-06-01T12:00:00.000Z', reason: '' })).toBe(
      'Marquée «\u00a0Prête à signer\u00a0» le 1er juin 2027',
    );
  });

  it('announces the new status by its label', () => {
    expect(statusAnnouncement({ status: 'remise', at, reason: '' })).toBe(
      'Statut de la lettre\u00a0: Remise à l’intéressé(e).',
    );
  });
});

describe('the statuses’ names without zod', () => {
  it('name what the schema accepts, and nothing else', () => {
    for (const value of ['signee', 'vue', 'toString', '__proto__', 'Signée', '', 3, null])
      expect(isLetterStatus(value), String(value)).toBe(
        letterStatusSchema.safeParse(value).success,
      );
  });
});
