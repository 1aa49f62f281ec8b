import { personName } from './roles';
import type { Letter, LetterSignatory } from '../schemas/letter';
import { DELEGATION } from '../schemas/signatory';
import { capitalise, headNameInText } from '../text/head-title';
import { BLANK_LEADER, type Typeset } from './fill';
import { frenchTypography } from '../text/typography';
import type { DocBlock, DocFigure, DocImage, SignatureBlock } from './model';

/** What the stamp area reads. */
export const STAMP_LABEL = 'Cachet de l’établissement';

/** What the « Vu et pris connaissance » line reads, dated by hand. */
export const ACKNOWLEDGEMENT = `Vu et pris connaissance, le ${BLANK_LEADER}`;

/** How an acknowledgment returned by the person opens (`sending/receipt.ts` writes it). */
export const ACKNOWLEDGED = 'Vu et pris connaissance le ';

/**
 * « Vu et pris connaissance le 12 mai 2027, Aïcha N’Diaye »: the acknowledgment the person sent
 * back for this very version (the letter « Vue par l’intéressé(e) », the line in its history),
 * printed instead of the line to date by hand; null while there is none. An edit since puts the
 * letter back « À revoir »: the line to date by hand returns, as the new text was not seen.
 */
export function acknowledgedLine(letter: Pick<Letter, 'status' | 'statusHistory'>): string | null {
  if (letter.status !== 'vue') return null;
  const seen = letter.statusHistory.findLast(
    (change) => change.status === 'vue' && change.reason.startsWith(ACKNOWLEDGED),
  );
  return seen?.reason ?? null;
}

type Signed = Pick<
  Letter,
  'signatures' | 'school' | 'fields' | 'values' | 'status' | 'statusHistory'
>;

/** The images the head placed on her letter (« Apposer ma signature et le cachet »). */
export interface Signing {
  signature?: DocImage | null | undefined;
  stamp?: DocImage | null | undefined;
  /** The day she placed it, « 8 décembre 2026 »: a typed signature says it when no image does. */
  signedOn?: string | undefined;
}

/**
 * The signature areas, in the letter's order: the caption (agreed, blanks filled, « Pour le chef
 * d’établissement et par délégation » first when an adjoint signs), « Vu et pris connaissance,
 * le … » where asked, then, under the room to sign, the name signed over: the one typed for this
 * signatory, else the head's (« Mon établissement ») or the person's (the letter's fields), else
 * a dotted leader to write it by hand. The name goes without its civilité: a French letter is
 * signed « La principale, [signature] Nadia Benali », never « Mme Nadia Benali » (see
 * `content/SOURCES.md`, « Présentation des lettres »).
 */
export function signatureBlocks(
  letter: Signed,
  typeset: Typeset,
  signing: Signing | null = null,
): DocBlock[] {
  if (letter.signatures.length === 0) return [];
  // The head's images go to her first signing space only: a letter is signed once.
  const head = letter.signatures.findIndex((signatory) => signatory.signer === 'head');
  const blocks = letter.signatures.map((signatory, index): SignatureBlock => {
    const caption = captionOf(signatory, typeset);
    const acknowledged = signatory.signer === 'person' ? acknowledgedLine(letter) : null;
    const lines = signatory.acknowledgement
      ? [acknowledged ? frenchTypography(acknowledged) : typeset(ACKNOWLEDGEMENT)]
      : [];
    const name = nameOf(signatory, letter);
    // « Mme Martin, cheffe d’établissement » as a caption: the name is not printed twice.
    const named = name !== '' && caption.includes(name);
    const block: SignatureBlock = {
      caption,
      lines,
      name: named ? null : typeset(name || BLANK_LEADER) || null,
      stamp: signatory.stamp ? STAMP_LABEL : null,
    };
    return index === head && signing ? signed(block, signing, letter) : block;
  });
  return [{ kind: 'signatures', blocks }];
}

/**
 * The head's space with her images: the signature in the room to sign, the stamp in its frame
 * (drawn for it when the letter had none). Each says what it is, for the tagged PDF and the
 * preview: « Signature de Mme Nadia Benali », « Cachet de l’établissement, Collège … ».
 */
function signed(block: SignatureBlock, signing: Signing, letter: Signed): SignatureBlock {
  const { chef, chefCivilite, etablissement } = letter.school;
  const who = headNameInText(chefCivilite, chef.trim());
  const figure = (image: DocImage, alt: string): DocFigure => ({ ...image, alt });
  return {
    ...block,
    ...(signing.signature
      ? {
          signatureImage: figure(
            signing.signature,
            who ? `Signature de ${who}` : 'Signature du chef d’établissement',
          ),
        }
      : signing.signedOn
        ? { signedLine: `Signé électroniquement le ${signing.signedOn}` }
        : {}),
    ...(signing.stamp
      ? {
          stamp: block.stamp ?? STAMP_LABEL,
          stampImage: figure(
            signing.stamp,
            etablissement.trim() ? `${STAMP_LABEL}, ${etablissement.trim()}` : STAMP_LABEL,
          ),
        }
      : {}),
  };
}

function captionOf(signatory: LetterSignatory, typeset: Typeset): string {
  const caption = typeset(signatory.label);
  if (!signatory.delegation) return capitalise(caption);
  const rest = caption.charAt(0).toLowerCase() + caption.slice(1);
  return typeset(rest ? `${DELEGATION}, ${rest}` : DELEGATION);
}

function nameOf(signatory: LetterSignatory, letter: Signed): string {
  const typed = signatory.name.trim();
  if (typed) return typed;
  if (signatory.signer === 'head') return letter.school.chef.trim();
  if (signatory.signer === 'person') return personName(letter);
  return '';
}
