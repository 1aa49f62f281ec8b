import type { UserModelRepository } from '../models/repository-port';
import { LocalforageStore } from '../storage/localforage-store';
import { getServices, type Services } from '../editor/services';
import { InterimModelRepository } from './interim-repository';

/** What the builder page needs: the user's models, and the app's services (letters, school). */
export interface BuilderServices {
  models: UserModelRepository;
  app: Services;
}

let services: BuilderServices | undefined;

/** The page's services, created on first use in the browser (tests pass their own). */
export function getBuilderServices(): BuilderServices {
  // The one line to change once `src/lib/models/repository.ts` is wired: its repository here.
  services ??= { models: new InterimModelRepository(new LocalforageStore()), app: getServices() };
  return services;
}
