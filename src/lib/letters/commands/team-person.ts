import type { Letter } from '../../schemas/letter';
import type { TeamPerson } from '../../schemas/team';
import type { FieldRole } from '../../schemas/field';
import { roleField } from '../../document/roles';
import type { UndoableChange } from './undoable';

/** The person's fields a team person fills, by role, and what of the person goes in each. */
const FILLED: readonly (readonly [FieldRole, (person: TeamPerson) => string])[] = [
  ['civilite', (person) => person.civilite],
  ['prenom', (person) => person.prenom],
  ['nom', (person) => person.nom],
  ['fonction', (person) => person.fonction],
];

/**
 * Fills the letter's civilité, prénom, nom and fonction (those of its fields that hold these
 * roles) from `person` and links the letter to them (`teamPersonId`), as one change; `undo`
 * puts back the values and the link the letter had. The letter keeps its own copy: editing
 * the team later does not change it.
 */
export function choosePerson(letter: Letter, person: TeamPerson): UndoableChange {
  const ids = FILLED.flatMap(([role, value]) => {
    const field = roleField(letter.fields, role);
    return field ? [[field.id, value(person)] as const] : [];
  });
  const before = ids.map(([id]) => [id, letter.values[id]] as const);
  const linkedBefore = letter.teamPersonId;
  return {
    change: (target) => {
      for (const [id, value] of ids) target.values[id] = value;
      target.teamPersonId = person.id;
    },
    undo: (target) => {
      for (const [id, value] of before)
        if (value === undefined) Reflect.deleteProperty(target.values, id);
        else target.values[id] = value;
      target.teamPersonId = linkedBefore;
    },
  };
}
