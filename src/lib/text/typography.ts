/**
 * French typography for the printed letter, applied once when the document is built: curly
 * apostrophes, no-break spaces before high punctuation and inside guillemets, « » for straight
 * quotes, a real ellipsis, single spaces. Idempotent, so applying it twice changes nothing.
 * Addresses (URLs, e-mails) are set aside first: a rule for prose must not break a link.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Horizontal spaces the rules may replace: ordinary, tab, and both no-break spaces. */
const SPACE = '[ \\t\\u00a0\\u202f]';

// A URL or an e-mail stops at a space or a quote; punctuation that ends a sentence is not part
// of it ("voir https://exemple.fr." ends with a full stop, not with "fr."). An e-mail starts
// where its run of characters starts (the lookbehind): without it the engine would try every
// position of a long word and scan to its end each time, quadratic on a pasted 20 000-character
// word (seconds per keystroke). The leftmost match is the same either way.
const url = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
const email =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const TRAILING = new Set([...".,;:!?'’…)]"]);

/** The sentence punctuation ending `found`, read from the end (linear, unlike a `+$` regex). */
function trailingOf(found: string): string {
  let start = found.length;
  while (start > 0 && TRAILING.has(found[start - 1] ?? '')) start -= 1;
  return found.slice(start);
}

// Private-use characters mark where an address was set aside; they never appear in a letter.
const OPEN = '\ue000';
const CLOSE = '\ue001';
const marker = /\ue000(\d+)\ue001/g;

/** Replaces URLs and e-mails by markers, keeping them to put back untouched. */
function protect(text: string, kept: string[]): string {
  const keep = (found: string): string => {
    let tail = trailingOf(found);
    let body = found.slice(0, found.length - tail.length);
    // A closing parenthesis belongs to the URL when the URL opened one (Wikipedia's "(…)").
    if (tail.startsWith(')') && count(body, '(') > count(body, ')')) {
      body += ')';
      tail = tail.slice(1);
    }
    kept.push(body);
    return `${OPEN}${kept.length - 1}${CLOSE}${tail}`;
  };
  return text.replace(url, keep).replace(email, keep);
}

const count = (text: string, sign: string) => text.split(sign).length - 1;

function restore(text: string, kept: readonly string[]): string {
  return text.replace(marker, (found, index: string) => kept[Number(index)] ?? found);
}

/** One space per gap, line breaks kept, a no-break space winning over an ordinary one. */
function collapseSpaces(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(new RegExp(`${SPACE}+`, 'g'), (run) =>
      run.includes(NBSP) ? NBSP : run.includes(NNBSP) ? NNBSP : ' ',
    )
    .replace(/ *\n */g, '\n');
}

/** Straight and English double quotes, in pairs, become guillemets; a lone one is left alone. */
function guillemets(text: string): string {
  return text
    .replace(/"([^"]*)"/g, (_, inner: string) => `«${inner}»`)
    .replace(/“([^“”«»]*)”/g, (_, inner: string) => `«${inner}»`)
    .replace(new RegExp(`«${SPACE}*`, 'g'), `«${NBSP}`)
    .replace(new RegExp(`${SPACE}*»`, 'g'), `${NBSP}»`);
}

// High punctuation takes its space only where it ends a word: followed by a space, a closing
// sign or the end, so "10:30", "et/ou;x" or "mailto:" stay as they are.
const colon = new RegExp(`(?<=[^\\s;!?:])${SPACE}*:(?=[\\s)\\]]|$)`, 'g');
const highPunctuation = new RegExp(`(?<=[^\\s;!?:])${SPACE}*([;!?]+)(?=[\\s)\\]]|$)`, 'g');

/** Applies French typography to a plain text (never HTML); see the module comment. */
export function frenchTypography(text: string): string {
  const kept: string[] = [];
  let out = protect(text, kept);
  out = collapseSpaces(out);
  out = out.replace(/'/g, '’').replace(/\.\.\./g, '…');
  out = guillemets(out);
  out = out.replace(colon, `${NBSP}:`);
  out = out.replace(highPunctuation, (_, marks: string) => `${NNBSP}${marks}`);
  return restore(out.trim(), kept);
}
