import { getUserModels } from './services';

/**
 * The user's models' missions by id, for « Mes lettres » to name the mission of a letter
 * written from one. Empty when storage cannot be read: the list says so on its own.
 */
export async function readUserMissions(): Promise<Map<string, string>> {
  try {
    const { models } = await getUserModels().list();
    return new Map(models.map((record) => [record.id, record.model.mission]));
  } catch {
    return new Map();
  }
}
