import type { LetterType } from '../../schemas/letter-type';
import { letterKinds } from '../../schemas/letter-type';
import type { ModelCommand } from './command';

/** The model's own texts edited as one line or box each (the « Objet » may be empty: none). */
export type IdentityKey = 'title' | 'mission' | 'summary' | 'audience' | 'authority' | 'objet';

/** Sets one identity text; an empty « Objet » removes the line. */
export function setIdentity(key: IdentityKey, value: string): ModelCommand {
  return (model) => {
    if (key === 'objet') {
      const { objet: _dropped, ...rest } = model;
      return value === '' ? rest : { ...rest, objet: value };
    }
    return { ...model, [key]: value };
  };
}

/** Sets what the document is (mission letter or « cahier des charges »). */
export function setKind(kind: (typeof letterKinds)[number]): ModelCommand {
  return (model): LetterType => ({ ...model, kind });
}
