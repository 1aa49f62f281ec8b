import type { UserModelRepository } from '../models/repository-port';
import { getModelChannel, getUserModels } from '../models/services';
import type { ModelChannel } from '../models/channel';
import { getServices, type Services } from '../services/services';

/** What the builder page needs: the user's models, and the app's services (letters, school). */
export interface BuilderServices {
  models: UserModelRepository;
  app: Services;
  /** What other tabs do to models; none (a tab alone) when absent. */
  channel?: ModelChannel | undefined;
}

let services: BuilderServices | undefined;

/** The page's services, created on first use in the browser (tests pass their own). */
export function getBuilderServices(): BuilderServices {
  services ??= { models: getUserModels(), app: getServices(), channel: getModelChannel() };
  return services;
}
