import { frenchTypography } from '../text/typography';

// Light on purpose: something, an @, a domain with a dot. Only the mail server knows more.
const address = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * Checks an e-mail address, or several separated by commas or semicolons (a letter may name
 * one address per département, as the DSDEN's copy line does).
 */
export function checkEmail(value: string): string | null {
  const addresses = value.split(/[\s,;]+/).filter(Boolean);
  const wrong = addresses.find((candidate) => !address.test(candidate));
  if (wrong === undefined) return null;
  return frenchTypography(
    `« ${wrong} » n’est pas une adresse électronique valide (exemple : prenom.nom@ac-creteil.fr).`,
  );
}
