import type { Signature } from '../schemas/letter-type';

/** How the guide names each signer. */
export const signerLabels: Record<Signature['signer'], string> = {
  person: 'La personne chargée de la mission',
  head: 'Le chef d’établissement',
  other: 'Autre signataire',
};

/** What a signature block adds to its caption, e.g. « (Vu et pris connaissance ; cachet) ». */
export function signatureNotes(signature: Signature): string {
  const notes = [
    signature.acknowledgement ? '« Vu et pris connaissance, le … »' : '',
    signature.stamp ? 'avec le cachet de l’établissement' : '',
  ].filter(Boolean);
  return notes.length > 0 ? ` (${notes.join(', ')})` : '';
}
