/** The part of `navigator` this module needs (a double in tests). */
export interface PersistNavigator {
  storage?: { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };
}

// One request per navigator: browsers may show a prompt, and asking again changes nothing.
const asked = new WeakMap<object, Promise<boolean>>();

/**
 * Asks the browser to keep this site's data when space runs low (`navigator.storage.persist()`),
 * once per page. Resolves whether storage is persistent; never throws, never rejects.
 */
export function requestPersistence(
  nav: PersistNavigator | undefined = globalThis.navigator as PersistNavigator | undefined,
): Promise<boolean> {
  if (!nav) return Promise.resolve(false);
  let answer = asked.get(nav);
  if (!answer) {
    answer = ask(nav);
    asked.set(nav, answer);
  }
  return answer;
}

async function ask(nav: PersistNavigator): Promise<boolean> {
  try {
    const storage = nav.storage;
    if (!storage || typeof storage.persist !== 'function') return false;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return (await storage.persist()) === true;
  } catch {
    // Some browsers throw in insecure contexts or iframes: persistence is a bonus, not a need.
    return false;
  }
}
