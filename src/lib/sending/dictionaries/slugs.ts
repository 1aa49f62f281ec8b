// Written by tests/fixtures/sending/write-dictionaries.ts: one loader per frozen dictionary.

/** Loads the frozen dictionary of each site model that has one (one module each). */
export const LOADERS: Readonly<Record<string, () => Promise<{ default: string }>>> = {
  'coordonnateur-apsa': () => import('./coordonnateur-apsa'),
  'coordonnateur-cycle-3': () => import('./coordonnateur-cycle-3'),
  'coordonnateur-devoirs-faits': () => import('./coordonnateur-devoirs-faits'),
  'coordonnateur-discipline': () => import('./coordonnateur-discipline'),
  'coordonnateur-mlds-bassin': () => import('./coordonnateur-mlds-bassin'),
  'coordonnateur-niveau': () => import('./coordonnateur-niveau'),
  'coordonnateur-rep': () => import('./coordonnateur-rep'),
  'mission-particuliere': () => import('./mission-particuliere'),
  'referent-cordee-de-la-reussite': () => import('./referent-cordee-de-la-reussite'),
  'referent-culture': () => import('./referent-culture'),
  'referent-decrochage-scolaire': () => import('./referent-decrochage-scolaire'),
  'referent-egalite-filles-garcons': () => import('./referent-egalite-filles-garcons'),
  'referent-laicite': () => import('./referent-laicite'),
  'referent-phare': () => import('./referent-phare'),
  'referent-usages-numeriques': () => import('./referent-usages-numeriques'),
  'tutorat-lycee': () => import('./tutorat-lycee'),
};
