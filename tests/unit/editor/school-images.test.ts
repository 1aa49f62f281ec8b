import { describe, expect, it } from 'vitest';
import { AFFIX_NOT_KEPT, SchoolImages } from '../../../src/lib/editor/school-images.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';

const png = { dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAAA', width: 3, height: 1 };

describe('the head’s images in the editor', () => {
  it('are placed only once she ticks the box, and only when she has one', () => {
    const images = new SchoolImages();
    images.take({ ...emptySchool, signature: png });
    expect(images.available).toBe(true);
    expect(images.signing).toBeNull();
    images.take({ ...emptySchool, signature: png, affixSignature: true });
    expect(images.signing).toMatchObject({ signature: png, stamp: null });
    images.take({ ...emptySchool, affixSignature: true });
    expect(images.signing).toBeNull();
  });

  it('offer a typed signature, dated, to a head with a name but no image', () => {
    const images = new SchoolImages(new Date(2026, 11, 8, 10));
    images.take({ ...emptySchool, chef: 'Nadia Benali', affixSignature: true });
    expect(images.available).toBe(true);
    expect(images.signing).toEqual({ signature: null, stamp: null, signedOn: '8 décembre 2026' });
  });

  it('keeps her choice with « Mon établissement », for the next letters', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, () => new Date('2027-05-04T08:00:00Z'));
    await repo.school.save({ ...emptySchool, stamp: png }, 0);
    const images = new SchoolImages();
    await images.choose(true, async (on) => void (await repo.school.setAffixSignature(on)));
    expect(images.notice).toBe('');
    expect(await store.get('school')).toMatchObject({
      affixSignature: true,
      stamp: png,
      revision: 2,
    });
    await images.choose(false, async (on) => void (await repo.school.setAffixSignature(on)));
    expect(await store.get('school')).not.toHaveProperty('affixSignature');
  });

  it('says when the choice could not be kept, and holds it for the page', async () => {
    const images = new SchoolImages();
    images.take({ ...emptySchool, signature: png });
    await images.choose(true, () => Promise.reject(new DOMException('x', 'QuotaExceededError')));
    expect(images.affix).toBe(true);
    expect(images.notice).toBe(AFFIX_NOT_KEPT);
  });
});
