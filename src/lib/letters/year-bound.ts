import type { Letter } from '../schemas/letter';
import { freeTexts, placeLabel, type TextPlace } from './free-texts';
import { letterSchoolYear, schoolYearFirstDay, schoolYearLabel } from './letter-year';
import { findDatesToCheck } from './date-review';

/** A mention of a past year found in a text, and why it is flagged. */
export interface YearMention {
  /** As written: « 2019-2020 », « 25 janvier 2027 ». */
  found: string;
  /** Where it starts in the text. */
  index: number;
  /** Why it needs review, in French, without the mention: « année scolaire passée ». */
  reason: string;
}

/** A year-bound mention in one of the letter's texts, ready to list for review. */
export interface YearBoundText extends YearMention {
  place: TextPlace;
  /** Where, in French: « Référence « Vu » 2 ». */
  where: string;
  /** The whole message, in French: « « 2019-2020 », année scolaire antérieure à 2027-2028. » */
  message: string;
}

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
const MONTH =
  'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
const monthNumber = (name: string) =>
  MONTHS.indexOf(name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) + 1;

// One pass over the text; at each place the first alternative that matches wins, so a full date
// is never read again as a month and a year. Neither end may touch a letter or a digit:
// « n° 2015-058 » and « 12500 » hold no year.
const mention = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(?<day>1er|[0-3]?\\d)\\s+(?<month>${MONTH})\\s+(?<year>\\d{4})` +
    '|(?<nday>[0-3]?\\d)/(?<nmonth>[01]?\\d)/(?<nyear>\\d{4})' +
    `|(?<lmonth>${MONTH})\\s+(?<lyear>\\d{4})` +
    '|(?<from>\\d{4})\\s*[-‐‑–/]\\s*(?<to>\\d{4})' +
    '|(?<lone>(?:19|20)\\d{2})(?!\\s*[-‐‑–/]\\s*\\d)' +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);

// A lone number is a year only after a word of time (« en 2023 », « rentrée 2026 »): « 2000
// élèves » is a count.
const timeWord =
  /(?:^|[^\p{L}])(?:en|depuis|dès|année|rentrée|session|exercice|printemps|été|automne|hiver|début|fin|courant|jusqu[’']en)\s+$/iu;

// A reference's own date (« la circulaire du 29 mars 2013 », « BO n° 18 du 30 avril 2015 »)
// is old on purpose: a date right after « du », in a clause naming a text, is not flagged. A
// clause ends at a full stop before a capital, not at the dots of « B.O. ».
const referenceWord =
  /(?:^|[^\p{L}])(?:circulaires?|décrets?|arrêtés?|lois?|ordonnances?|instructions?|notes?|B\.?O\.?|bulletin|J\.?O\.?|journal|délibérations?|conventions?|chartes?|référentiels?|codes?|décisions?|protocoles?|n°)(?![\p{L}])/iu;
const afterDu = /(?:^|[^\p{L}])du\s+$/iu;

function isReferenceDate(before: string): boolean {
  const clause =
    before
      .slice(-120)
      .split(/[;!?\n]|\.(?=\s+\p{Lu})/u)
      .pop() ?? '';
  return afterDu.test(clause) && referenceWord.test(clause);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The mentions in `text` of a time before the school year starting in `start`: a past school
 * year (« 2019-2020 »), a date or a month before its first day (« le 25 janvier 2027 » in a
 * 2027-2028 letter), a past year after a word of time (« en 2023 »). Later years are not
 * flagged: a letter may well look ahead. A reference's date is not flagged (see
 * `isReferenceDate`), nor are numbers (« n° 2015-058 », « 6e »).
 */
export function findPastYears(text: string, start: number): YearMention[] {
  const firstDay = schoolYearFirstDay(start);
  const label = schoolYearLabel(start);
  const found: YearMention[] = [];
  for (const match of text.matchAll(mention)) {
    const g = match.groups ?? {};
    const before = text.slice(0, match.index);
    const flag = (reason: string) => found.push({ found: match[0], index: match.index, reason });
    if (g['year'] && g['month'] && g['day']) {
      const day = g['day'] === '1er' ? 1 : Number(g['day']);
      const iso = `${g['year']}-${pad(monthNumber(g['month']))}-${pad(day)}`;
      if (iso < firstDay && !isReferenceDate(before))
        flag(`date antérieure à l’année scolaire ${label}`);
    } else if (g['nyear'] && g['nmonth'] && g['nday']) {
      const iso = `${g['nyear']}-${pad(Number(g['nmonth']))}-${pad(Number(g['nday']))}`;
      if (iso < firstDay && !isReferenceDate(before))
        flag(`date antérieure à l’année scolaire ${label}`);
    } else if (g['lyear'] && g['lmonth']) {
      const iso = `${g['lyear']}-${pad(monthNumber(g['lmonth']))}-31`;
      if (iso < firstDay && !isReferenceDate(before))
        flag(`mois antérieur à l’année scolaire ${label}`);
    } else if (g['from'] && g['to']) {
      const from = Number(g['from']);
      const schoolYear = Number(g['to']) === from + 1 && !/n°\s*$/u.test(before);
      if (schoolYear && from < start) flag(`année scolaire antérieure à ${label}`);
    } else if (g['lone']) {
      if (Number(g['lone']) < start && timeWord.test(before))
        flag(`année antérieure à l’année scolaire ${label}`);
    }
  }
  return found;
}

/**
 * Every mention of a past year or date in the letter's free texts, in reading order, for the
 * head to review once the letter is for a new year. Empty while the letter has no school year
 * (a field of type `schoolYear`): there is nothing to compare with.
 */
export function findYearBoundTexts(letter: Letter): YearBoundText[] {
  const start = letterSchoolYear(letter);
  if (start === null) return [];
  return freeTexts(letter).flatMap(({ place, text }) =>
    findPastYears(text, start).map((mention) => ({
      ...mention,
      place,
      where: placeLabel(place),
      message: `«\u00a0${mention.found}\u00a0», ${mention.reason}.`,
    })),
  );
}

/** How many distinct texts hold at least one of `mentions`. */
export const textCount = (mentions: readonly YearBoundText[]): number =>
  new Set(mentions.map((mention) => mention.place)).size;

/**
 * What to tell the user about a letter just moved to the next year: its new date, how many of
 * its dates to look at again (`findDatesToCheck`) and how many of its texts cite a past year,
 * for review in the editor.
 */
export function nextYearSentence(letter: Letter): string {
  const count = textCount(findYearBoundTexts(letter));
  const dates = findDatesToCheck(letter).length;
  const dated = 'Elle est datée d’aujourd’hui';
  if (count === 0 && dates === 0) return `${dated}.`;
  const parts: string[] = [];
  if (dates > 0)
    parts.push(dates === 1 ? '1 date est à vérifier' : `${dates} dates sont à vérifier`);
  if (count > 0)
    parts.push(
      count === 1 ? '1 texte cite une année passée' : `${count} textes citent une année passée`,
    );
  const review = count > 0 ? `${parts.join(' et ')}, à vérifier` : parts.join('');
  return `${dated}\u202f; ${review} dans l’éditeur.`;
}
