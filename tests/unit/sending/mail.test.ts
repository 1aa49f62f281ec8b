import { describe, expect, it } from 'vitest';
import { ackMailto, letterMailto } from '../../../src/lib/sending/mail';
import { filledLetter } from '../support/filled-letters';

const read = (href: string) => {
  const url = new URL(href);
  return { subject: url.searchParams.get('subject'), body: url.searchParams.get('body') ?? '' };
};

describe('the e-mails of the links', () => {
  it('the letter’s: subject « Lettre de mission : … – Claire Dubois », the link whole', () => {
    const letter = filledLetter('coordonnateur-rep');
    const link = 'https://exemple.fr/lettre-recue/#l1.coordonnateur-rep.abc_-';
    const { subject, body } = read(letterMailto(letter, link));
    expect(subject).toBe(`Lettre de mission\u00a0: ${letter.title} – Claire Dubois`);
    expect(body).toContain(`\n${link}\n`);
    expect(body).toContain('«\u00a0Vu et pris connaissance\u00a0»');
  });

  it('the acknowledgment’s: the date in words and the name', () => {
    const link = 'https://exemple.fr/lettre-recue/#a1.xyz';
    const ack = { letterId: 'x', hash: 'a'.repeat(64), name: 'Aïcha N’Diaye', date: '2027-05-12' };
    const { subject, body } = read(ackMailto(ack, 'Lettre de mission', link));
    expect(subject).toBe('Vu et pris connaissance\u00a0: Lettre de mission');
    expect(body).toContain('le 12 mai 2027');
    expect(body).toContain(link);
    expect(body.trim().endsWith('Aïcha N’Diaye')).toBe(true);
  });
});
