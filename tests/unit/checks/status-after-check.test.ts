import { describe, expect, it } from 'vitest';
import {
  CHECKED_CLEAN,
  checkReason,
  statusAfterCheck,
} from '../../../src/lib/checks/status-after-check';
import type { ExportIssue } from '../../../src/lib/checks/export-issues';
import type { LetterStatus, StatusChange } from '../../../src/lib/schemas/letter-status';

const issue = (label: string): ExportIssue => ({
  kind: 'field',
  label,
  message: 'À remplir.',
  target: 'f-x',
});
const letter = (status: LetterStatus, statusHistory: StatusChange[] = []) => ({
  status,
  statusHistory,
});

describe('the status the check before the PDF gives', () => {
  it('a clean check makes a draft or a letter to review « Prête à signer »', () => {
    expect(statusAfterCheck(letter('brouillon'), [])).toEqual({
      status: 'prete',
      reason: CHECKED_CLEAN,
    });
    expect(statusAfterCheck(letter('a-revoir'), [])?.status).toBe('prete');
    expect(statusAfterCheck(letter('prete'), [])).toBeNull();
  });

  it('something found puts the letter « À revoir », with what was found', () => {
    expect(statusAfterCheck(letter('prete'), [issue('Nom'), issue('Prénom')])).toEqual({
      status: 'a-revoir',
      reason: 'À vérifier avant le PDF\u00a0: Nom, Prénom',
    });
  });

  it('the same finding twice in a row is kept once', () => {
    const reason = checkReason([issue('Nom')]);
    const before = letter('a-revoir', [
      { status: 'a-revoir', at: '2027-05-04T09:00:00.000Z', reason },
    ]);
    expect(statusAfterCheck(before, [issue('Nom')])).toBeNull();
    expect(statusAfterCheck(before, [issue('Date')])?.reason).toBe(
      'À vérifier avant le PDF\u00a0: Date',
    );
  });

  it('never moves a signed letter, clean or not', () => {
    for (const status of ['signee', 'remise', 'vue'] as const) {
      expect(statusAfterCheck(letter(status), [])).toBeNull();
      expect(statusAfterCheck(letter(status), [issue('Nom')])).toBeNull();
    }
  });

  it('names three controls at most, each once, and counts the rest', () => {
    const labels = ['Nom', 'Nom', 'Prénom', 'Date', 'Mission 1', 'Mission 2'];
    expect(checkReason(labels.map(issue))).toBe(
      'À vérifier avant le PDF\u00a0: Nom, Prénom, Date et 2 autres',
    );
    expect(checkReason(['A', 'B', 'C', 'D'].map(issue))).toBe(
      'À vérifier avant le PDF\u00a0: A, B, C et 1 autre',
    );
  });
});
