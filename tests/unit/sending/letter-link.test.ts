import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { filledLetter, letterModels, seedModels } from '../support/filled-letters';
import {
  DAMAGED_LINK,
  NEWER_LINK,
  fragmentToLetter,
  letterToFragment,
} from '../../../src/lib/sending/letter-link';
import { sentForm } from '../../../src/lib/sending/canonical';
import { toBase64Url } from '../../../src/lib/sending/base64url';
import { withStatus } from '../../../src/lib/letters/status';
import { counted, runs } from '../property/runs';

declare module 'vitest' {
  interface TaskMeta {
    /** Read by bench/sending.mjs from the JSON report: a seed letter's link length. */
    linkLength?: number;
  }
}

/** The longest link mail and chat clients are known to pass whole (Outlook, Teams). */
const LINK_LIMIT = 2000;
/** The page's full address before the fragment, as a school's site would have it. */
const PAGE = 'https://etablissement.example.fr/lettres-de-mission/lettre-recue/#';

const SEEDS = [
  'referent-cordee-de-la-reussite',
  'coordonnateur-rep',
  'coordonnateur-devoirs-faits',
  'referent-decrochage-scolaire',
  'coordonnateur-mlds-bassin',
];

/** The seed letters' link lengths, measured once (printed in the test names below). */
const lengths = new Map<string, number>();
for (const slug of SEEDS)
  lengths.set(slug, (PAGE + (await letterToFragment(filledLetter(slug)))).length);

describe('the letter link', () => {
  it('covers the five seed models', () => {
    expect(seedModels.map(({ slug }) => slug).sort()).toEqual([...SEEDS].sort());
  });

  for (const slug of SEEDS) {
    it(`${slug}: a filled letter comes back the same, its link ${lengths.get(slug)} characters ≤ ${LINK_LIMIT}`, async ({
      task,
    }) => {
      const letter = withStatus(filledLetter(slug), 'signee', new Date(), 'Signée à la main');
      const fragment = await letterToFragment(letter);
      expect(fragment.startsWith(`l1.${slug}.`)).toBe(true);
      task.meta.linkLength = (PAGE + fragment).length;
      expect((PAGE + fragment).length).toBeLessThanOrEqual(LINK_LIMIT);
      expect(await fragmentToLetter(fragment)).toEqual({ ok: true, letter: sentForm(letter) });
    });
  }

  it('every site model round-trips, and a letter of a user model goes without a dictionary', async () => {
    for (const { slug } of letterModels) {
      const letter = filledLetter(slug, 'Monsieur');
      const back = await fragmentToLetter(await letterToFragment(letter));
      expect(back).toEqual({ ok: true, letter: sentForm(letter) });
    }
    const own = { ...filledLetter('referent-phare'), typeId: 'modele-perso-1' };
    const fragment = await letterToFragment(own);
    expect(fragment.startsWith('l1.-.')).toBe(true);
    expect(await fragmentToLetter(`#${fragment}`)).toEqual({ ok: true, letter: sentForm(own) });
  });

  it('the sent form leaves the head’s history at home', async () => {
    const letter = withStatus(filledLetter('referent-phare'), 'signee', new Date(), 'Note privée');
    const back = await fragmentToLetter(await letterToFragment(letter));
    expect(back.ok && back.letter.statusHistory).toEqual([]);
    expect(JSON.stringify(back)).not.toContain('Note privée');
  });
});

describe('a hostile link', () => {
  const damaged = { ok: false, message: DAMAGED_LINK };

  it('cut, emptied, of another version or model: a French message, never a letter', async () => {
    const fragment = await letterToFragment(filledLetter('coordonnateur-rep'));
    expect(await fragmentToLetter(fragment.slice(0, -40))).toEqual(damaged);
    expect(await fragmentToLetter('')).toEqual(damaged);
    expect(await fragmentToLetter('l1.')).toEqual(damaged);
    expect(await fragmentToLetter('l1.coordonnateur-rep.')).toEqual(damaged);
    expect(await fragmentToLetter(`${fragment}.x`)).toEqual(damaged);
    expect(await fragmentToLetter(fragment.replace('l1.', 'l2.'))).toEqual({
      ok: false,
      message: NEWER_LINK,
    });
    expect(await fragmentToLetter(fragment.replace('coordonnateur-rep', 'inconnu'))).toEqual({
      ok: false,
      message: NEWER_LINK,
    });
    // The data read with another model's dictionary gives garbage, or nothing valid.
    const other = fragment.replace('coordonnateur-rep', 'referent-phare');
    expect(await fragmentToLetter(other)).toEqual(damaged);
  });

  it('forged: valid JSON that is not a letter, and a bomb past 1 MB', async () => {
    const pack = (text: string) =>
      `l1.-.${toBase64Url(deflateSync(new TextEncoder().encode(text)))}`;
    expect(await fragmentToLetter(pack('{"id":"x"}'))).toEqual(damaged);
    expect(await fragmentToLetter(pack('<script>alert(1)</script>'))).toEqual(damaged);
    const bomb = pack(`"${'a'.repeat(3_000_000)}"`);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await fragmentToLetter(bomb)).toEqual(damaged);
    expect(await fragmentToLetter(`l1.-.${'A'.repeat(300_000)}`)).toEqual(damaged);
  });

  it('any truncation of a real link gives the whole letter or a French message', async ({
    task,
  }) => {
    const letter = filledLetter('referent-decrochage-scolaire');
    const fragment = await letterToFragment(letter);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fragment.length }),
        counted(task, async (cut) => {
          const back = await fragmentToLetter(fragment.slice(0, cut));
          if (back.ok) expect(back.letter).toEqual(sentForm(letter));
          else expect(back).toEqual(damaged);
        }),
      ),
      { numRuns: runs(300) },
    );
  });

  it('random bytes and random text after the tag never throw', async ({ task }) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((bytes) => `l1.-.${toBase64Url(bytes)}`),
          fc
            .uint8Array({ maxLength: 2000 })
            .map((bytes) => `l1.coordonnateur-rep.${toBase64Url(bytes)}`),
          fc.string({ maxLength: 300 }),
        ),
        counted(task, async (text) => {
          const back = await fragmentToLetter(text);
          expect(back.ok).toBe(false);
          if (!back.ok) expect([DAMAGED_LINK, NEWER_LINK]).toContain(back.message);
        }),
      ),
      { numRuns: runs(500) },
    );
  });
});
