import type { Letter } from '../schemas/letter';
import { BLANK_LEADER, type Typeset } from './fill';
import type { DocBlock, SignatureBlock } from './model';

/** What the stamp area reads. */
export const STAMP_LABEL = 'Cachet de l’établissement';

/**
 * The signature areas: caption, « Vu et pris connaissance, le … » where the model asks for an
 * acknowledgement, the head's title and name unless the caption already names them.
 */
export function signatureBlocks(
  letter: Pick<Letter, 'signatures' | 'school' | 'values'>,
  typeset: Typeset,
): DocBlock[] {
  if (letter.signatures.length === 0) return [];
  const blocks = letter.signatures.map((signature): SignatureBlock => {
    const caption = typeset(signature.label);
    const lines: string[] = [];
    if (signature.acknowledgement) lines.push(`Vu et pris connaissance, le ${BLANK_LEADER}`);
    if (signature.signer === 'head') lines.push(...headName(letter.school, caption));
    if (signature.signer === 'person') lines.push(...personName(letter.values, caption));
    return {
      caption,
      lines: lines.map((line) => typeset(line)).filter(Boolean),
      stamp: signature.stamp ? STAMP_LABEL : null,
    };
  });
  return [{ kind: 'signatures', blocks }];
}

/** The head's title and name, to sign over, unless the caption already gives the name. */
function headName(school: Letter['school'], caption: string): string[] {
  const name = school.chef.trim();
  if (!name || caption.includes(name)) return [];
  return [school.chefTitre.trim(), name];
}

/** The person's name under their signature, unless the caption already gives it. */
function personName(values: Letter['values'], caption: string): string[] {
  const part = (id: string) => (Object.hasOwn(values, id) ? (values[id] ?? '').trim() : '');
  const name = [part('civilite'), part('prenom'), part('nom')].filter(Boolean).join(' ');
  return name && !caption.includes(name) ? [name] : [];
}
