import type { LetterType, Section } from '../schemas/letter-type';
import type { Letter } from '../schemas/letter';
import { newSignatory } from './commands/signatories';
import { newFieldId } from './commands/new-id';
import { fieldIdSchema } from '../schemas/field';
import { copyOf } from '../letters/commands/undoable';

/** Most characters `provenance.basedOn` holds (see `userProvenanceSchema`). */
const BASED_ON_MAX = 200;

/**
 * The person and the year every mission letter names, with their roles, as the ready models
 * declare them (`content/lettres/referent-culture.yaml`): the civilité makes agreement work
 * from the first letter, the roles fill the addressee block, « Plusieurs personnes » and the
 * school year of « Mes lettres ».
 */
const personFields = (): LetterType['fields'] => [
  {
    id: 'civilite',
    label: 'Civilité',
    type: 'choice',
    required: true,
    options: ['Madame', 'Monsieur'],
    role: 'civilite',
    hint: 'Accorde la lettre (chargé ou chargée, il ou elle).',
  },
  { id: 'prenom', label: 'Prénom de la personne', type: 'text', required: true, role: 'prenom' },
  { id: 'nom', label: 'Nom de la personne', type: 'text', required: true, role: 'nom' },
  {
    id: 'fonction',
    label: 'Fonction',
    type: 'text',
    required: false,
    hint: 'Exemple\u00a0: professeure de mathématiques',
    role: 'fonction',
  },
  {
    id: 'anneeScolaire',
    label: 'Année scolaire',
    type: 'schoolYear',
    required: true,
    role: 'anneeScolaire',
  },
];

/**
 * A model from scratch: valid as it stands, so the preview shows a letter at once. The person's
 * and the year's fields with their roles, one opening sentence, one section of missions, the
 * head's signatory. The opening sentence names the person and the year and agrees with the
 * civilité (« {chargé|chargée} »): a letter written at once reads right, and the head sees on
 * the spot how a blank and an agreement are written, to copy or delete.
 */
export function blankModel(): LetterType {
  return {
    title: 'Lettre de mission',
    mission: 'Nouvelle mission',
    kind: 'lettre-de-mission',
    summary: 'Mission particulière confiée par le chef d’établissement.',
    audience: 'Un personnel de l’établissement.',
    authority: 'Le chef d’établissement.',
    provenance: { kind: 'user' },
    fields: personFields(),
    vu: [],
    preamble: [
      '{civilite} {prenom} {nom} est {chargé|chargée}, avec son accord, de la mission décrite ci-dessous {auEtablissement}, pour l’année scolaire {anneeScolaire}.',
    ],
    sections: [
      {
        id: 'missions',
        title: 'Missions',
        titleAdded: false,
        blocks: [{ type: 'list', items: ['Mission confiée à {nom}.'] }],
      },
    ],
    closing: [],
    signatures: [newSignatory('head')],
    copies: [],
    notes: [],
    references: [],
  };
}

/**
 * A ready model copied as the user's own, to adapt (it keeps its texts and references). The
 * ready models reach the builder as its island's props, which Svelte proxies: `structuredClone`
 * refuses a proxy, the JSON round trip (`copyOf`) reads through it.
 */
export function modelFrom(ready: LetterType): LetterType {
  return { ...copyOf(ready), provenance: basedOn(ready.mission) };
}

/**
 * A model from a letter already written: the letter's own fields, sections, texts, IMP lines
 * and signatories (never the values typed for one person). `origin` is the model the letter
 * was written from, when known: its summary, audience, authority, notes and references are
 * kept; otherwise those of `blankModel()`. Empty texts and lists are left out (they print
 * nothing); a section left empty gets an empty item to fill.
 */
export function modelFromLetter(letter: Letter, origin?: LetterType): LetterType {
  const base = origin ?? blankModel();
  const nonEmpty = (texts: readonly { text: string }[]) =>
    texts.map(({ text }) => text).filter((text) => text.trim() !== '');
  const taken: string[] = [];
  const sections = letter.sections.map((section): Section => {
    const kept = section.modelSection;
    const id =
      kept && fieldIdSchema.safeParse(kept).success && !taken.includes(kept)
        ? kept
        : newFieldId(section.title, taken, 'section');
    taken.push(id);
    const blocks = section.blocks.flatMap((block): Section['blocks'] => {
      if (block.type === 'paragraph')
        return block.text.trim() ? [{ type: 'paragraph', text: block.text }] : [];
      const items = nonEmpty(block.items);
      return items.length > 0 ? [{ type: 'list', items }] : [];
    });
    return {
      id,
      title: section.title,
      titleAdded: false,
      blocks: blocks.length > 0 ? blocks : [{ type: 'list', items: [''] }],
    };
  });
  const model: LetterType = {
    ...copyOf(base),
    title: letter.title,
    mission: origin?.mission ?? letter.title,
    kind: letter.kind,
    provenance: basedOn(letter.title),
    fields: letter.fields.map((field) => ({ ...field })),
    vu: nonEmpty(letter.vu),
    preamble: nonEmpty(letter.preamble),
    sections,
    closing: nonEmpty(letter.closing),
    signatures: letter.signatures.map(({ id: _id, ...signatory }) => signatory),
    copies: nonEmpty(letter.copies),
  };
  delete model.objet;
  delete model.imp;
  if (letter.objet.trim()) model.objet = letter.objet;
  if (letter.imp) model.imp = impOf(letter.imp);
  return model;
}

/** The letter's IMP lines as the model's columns, their chosen number and taux as the example. */
function impOf(imp: NonNullable<Letter['imp']>): NonNullable<LetterType['imp']> {
  const columns = imp.lines.slice(0, 2).map((line) => {
    const column: NonNullable<LetterType['imp']>['columns'][number] = {
      id: /^[a-z][a-zA-Z0-9]*$/.test(line.id) ? line.id : 'imp',
      heading: line.heading,
      mission: line.mission,
      provenance: line.provenance !== null,
      fundedBy: 'etablissement',
    };
    if (line.count && line.taux) column.example = { count: line.count, taux: line.taux };
    return column;
  });
  const block: NonNullable<LetterType['imp']> = { columns };
  if (imp.stsCode) block.stsCode = imp.stsCode;
  if (imp.note) block.note = imp.note;
  return block;
}

function basedOn(title: string): LetterType['provenance'] {
  const trimmed = title.trim().slice(0, BASED_ON_MAX).trim();
  return trimmed ? { kind: 'user', basedOn: trimmed } : { kind: 'user' };
}
