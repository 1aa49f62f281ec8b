import { letterSchema, type Letter } from '../schemas/letter';
import { fromBase64Url, toBase64Url } from './base64url';
import { sentJson } from './canonical';
import { inflateCapped } from './inflate-capped';
import { dictionaryFor, NO_DICTIONARY } from './dictionaries/index';

/** The version of the letter link's format: what follows it is read by this code only. */
export const LETTER_LINK_VERSION = 'l1';

/** The longest fragment read at all: far above any real letter (a few kB), far below harm. */
export const MAX_FRAGMENT = 200_000;

/** What reading a link gives: the letter whole, or why not in French. */
export type LetterFromLink = { ok: true; letter: Letter } | { ok: false; message: string };

/** Said for any link that does not give a whole letter: the person can only ask again. */
export const DAMAGED_LINK =
  'Ce lien est incomplet ou abîmé\u00a0: la lettre ne peut pas être affichée. Demandez à la ' +
  'personne qui vous l’a envoyé de vous le renvoyer (copiez le lien en entier, sans le couper).';

/** Said for a link made by a newer version of the site than this one knows. */
export const NEWER_LINK =
  'Ce lien a été fait par une version plus récente du site\u00a0: rechargez la page (Ctrl+F5), ' +
  'ou demandez à la personne qui vous l’a envoyé de vous envoyer le PDF de la lettre.';

const utf8 = new TextEncoder();

/**
 * The fragment (without `#`) that carries `letter` whole: `l1.<model>.<data>`, where data is
 * the letter's sent JSON deflated with the frozen dictionary of its model (`-` when the site
 * has none for it: a user's model), in base64url. Nothing of it is sent to any server.
 */
export async function letterToFragment(letter: Letter): Promise<string> {
  const { deflateSync } = await import('fflate');
  const dictionary = await dictionaryFor(letter.typeId);
  const modelTag = dictionary ? letter.typeId : NO_DICTIONARY;
  const bytes = utf8.encode(sentJson(letter));
  const packed = deflateSync(bytes, { level: 9, ...(dictionary ? { dictionary } : {}) });
  return `${LETTER_LINK_VERSION}.${modelTag}.${toBase64Url(packed)}`;
}

/**
 * The letter a fragment carries, or a French message: never a part of a letter, never an
 * exception, whatever the text (cut, forged, huge, of another version).
 */
export async function fragmentToLetter(fragment: string): Promise<LetterFromLink> {
  try {
    return await read(fragment);
  } catch {
    return { ok: false, message: DAMAGED_LINK };
  }
}

async function read(fragment: string): Promise<LetterFromLink> {
  const damaged = { ok: false, message: DAMAGED_LINK } as const;
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_FRAGMENT) return damaged;
  const [version, modelTag, data, ...rest] = text.split('.');
  if (version !== LETTER_LINK_VERSION) {
    return /^l\d+$/.test(version ?? '') ? { ok: false, message: NEWER_LINK } : damaged;
  }
  if (modelTag === undefined || data === undefined || rest.length > 0) return damaged;
  const packed = fromBase64Url(data);
  if (!packed) return damaged;
  let dictionary: Uint8Array | undefined;
  if (modelTag !== NO_DICTIONARY) {
    const found = await dictionaryFor(modelTag);
    if (!found) return { ok: false, message: NEWER_LINK };
    dictionary = found;
  }
  const bytes = await inflateCapped(packed, dictionary);
  if (!bytes) return damaged;
  const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const parsed = letterSchema.safeParse(json);
  return parsed.success ? { ok: true, letter: parsed.data } : damaged;
}
