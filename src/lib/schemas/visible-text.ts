import { z } from 'zod';
import { cleanInvisible } from '../text/clean-invisible';

/** Whether a text prints something once its invisible characters are cleaned (`cleanInvisible`). */
export const hasVisibleText = (text: string): boolean => cleanInvisible(text).trim() !== '';

/** What a text with nothing but invisible characters is told. */
export const INVISIBLE_ONLY = 'texte vide (seulement des caractères invisibles)';

/**
 * A text that must print something (a label, a caption, an option): empty, blank and made only
 * of invisible characters (a zero-width space, a control) are all refused alike. An import cleans
 * invisible characters after checking a letter, so a text the schema accepted must stay valid
 * once cleaned, or an exported letter could not be imported back.
 */
export const visibleText = z.string().min(1).refine(hasVisibleText, INVISIBLE_ONLY);
