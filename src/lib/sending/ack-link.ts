import { acknowledgmentSchema, type Acknowledgment } from '../schemas/acknowledgment';
import { fromBase64Url, toBase64Url } from './base64url';
import { canonicalJson } from './canonical';
import { inflateCapped } from './inflate-capped';

/** The version of the return link's format. */
export const ACK_LINK_VERSION = 'a1';

/** An acknowledgment is under 400 bytes: anything much longer is not one. */
const MAX_ACK_FRAGMENT = 4_000;
const MAX_ACK_INFLATED = 4_000;

/** What reading a return link gives. */
export type AckFromLink = { ok: true; ack: Acknowledgment } | { ok: false; message: string };

/** Said for any return link that does not give a whole acknowledgment. */
export const DAMAGED_ACK =
  'Ce lien de retour est incomplet ou abîmé\u00a0: l’accusé de lecture ne peut pas être lu. ' +
  'Demandez à la personne de vous le renvoyer (le lien en entier, sans le couper).';

/** The fragment (without `#`) of the return link: `a1.<data>`. */
export async function ackToFragment(ack: Acknowledgment): Promise<string> {
  const { deflateSync } = await import('fflate');
  const checked = acknowledgmentSchema.parse(ack);
  const packed = deflateSync(new TextEncoder().encode(canonicalJson(checked)), { level: 9 });
  return `${ACK_LINK_VERSION}.${toBase64Url(packed)}`;
}

/** The acknowledgment a return link carries, or a French message; never throws. */
export async function fragmentToAck(fragment: string): Promise<AckFromLink> {
  const damaged = { ok: false, message: DAMAGED_ACK } as const;
  try {
    const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    const [version, data, ...rest] = text.split('.');
    if (text.length > MAX_ACK_FRAGMENT || version !== ACK_LINK_VERSION || rest.length > 0)
      return damaged;
    const packed = fromBase64Url(data ?? '');
    if (!packed) return damaged;
    const bytes = await inflateCapped(packed, undefined, MAX_ACK_INFLATED);
    if (!bytes) return damaged;
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const parsed = acknowledgmentSchema.safeParse(json);
    return parsed.success ? { ok: true, ack: parsed.data } : damaged;
  } catch {
    return damaged;
  }
}
