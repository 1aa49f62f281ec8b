import { describe, expect, it } from 'vitest';
import {
  EDITED_AFTER_SIGNING,
  isSigned,
  reviseSigned,
  withStatus,
} from '../../../src/lib/letters/status';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { LETTER_STATUSES, STATUS_HISTORY_LIMIT } from '../../../src/lib/schemas/letter-status';
import { makeLetter } from '../../fixtures/make-letter';

const may = (day: number) => new Date(Date.UTC(2027, 4, day, 9));

describe('a change of status', () => {
  it('sets the status and keeps the dated change in the history, the letter given untouched', () => {
    const letter = makeLetter('s');
    const signed = withStatus(
      withStatus(letter, 'prete', may(2)),
      'signee',
      may(4),
      ' Sur papier ',
    );
    expect(signed.status).toBe('signee');
    expect(signed.statusHistory).toEqual([
      { status: 'prete', at: '2027-05-02T09:00:00.000Z', reason: '' },
      { status: 'signee', at: '2027-05-04T09:00:00.000Z', reason: 'Sur papier' },
    ]);
    expect(letter).toMatchObject({ status: 'brouillon', statusHistory: [] });
    expect(letterSchema.safeParse(signed).success).toBe(true);
  });

  it('keeps the latest changes only, so the letter can always be saved', () => {
    let letter = makeLetter('s');
    for (let day = 0; day < STATUS_HISTORY_LIMIT + 5; day += 1)
      letter = withStatus(
        letter,
        day % 2 ? 'signee' : 'a-revoir',
        new Date(Date.UTC(2027, 0, 1 + day)),
      );
    expect(letter.statusHistory).toHaveLength(STATUS_HISTORY_LIMIT);
    expect(letter.statusHistory.at(-1)?.at).toBe(new Date(Date.UTC(2027, 0, 105)).toISOString());
    expect(
      letterSchema.safeParse({
        ...letter,
        statusHistory: [...letter.statusHistory, letter.statusHistory[0]],
      }).success,
    ).toBe(false);
  });

  it('cuts a reason longer than the history keeps', () => {
    const letter = withStatus(makeLetter('s'), 'signee', may(4), 'x'.repeat(1_000));
    expect(letterSchema.safeParse(letter).success).toBe(true);
  });
});

describe('a signed letter edited', () => {
  it('asks first once signed, handed over or acknowledged; not before', () => {
    const asks = LETTER_STATUSES.map((status) => isSigned({ status }));
    expect(asks).toEqual([false, false, false, true, true, true]);
  });

  it('goes back « À revoir », the reason in its history', () => {
    const signed = withStatus(makeLetter('s'), 'signee', may(4));
    const revised = reviseSigned(signed, may(6));
    expect(revised.status).toBe('a-revoir');
    expect(revised.statusHistory.at(-1)).toEqual({
      status: 'a-revoir',
      at: '2027-05-06T09:00:00.000Z',
      reason: EDITED_AFTER_SIGNING,
    });
  });
});
