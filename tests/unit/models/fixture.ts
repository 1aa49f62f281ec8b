import { userModelSchema, type UserModel } from '../../../src/lib/schemas/user-model';
import { smallModel } from '../support/model';

/** A valid user model « Référent Zéphyr » with one field and one mission item. */
export function zephyr(id = 'zephyr-1', revision = 0): UserModel {
  return userModelSchema.parse({
    schemaVersion: 1,
    id,
    revision,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    model: smallModel({
      title: 'Lettre de mission de référent Zéphyr',
      mission: 'Référent Zéphyr',
      provenance: { kind: 'user', basedOn: 'Référent culture' },
      fields: [{ id: 'nom', label: 'Nom du référent', type: 'text', required: true, role: 'nom' }],
      sections: [
        {
          id: 'missions',
          title: 'Missions',
          blocks: [{ type: 'list', items: ['{nom} veille au vent d’ouest.'] }],
        },
      ],
    }),
  });
}
