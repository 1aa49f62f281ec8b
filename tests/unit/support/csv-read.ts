/**
 * A CSV reader for tests, written apart from the site's writer (RFC 4180 read as spreadsheets
 * do): a leading byte order mark dropped, fields split on `sep`, quoted fields may hold the
 * separator, doubled quotes and line breaks; records end with CRLF (or LF).
 */
export function readCsv(text: string, sep = ';'): string[][] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at];
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === sep) {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[at + 1] === '\n') {
      // CRLF: the LF ends the record.
    } else if (char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** « 1 250,50 » or « 1250,50 » read as cents, by its digits (a French spreadsheet's number). */
export function frenchCents(cell: string): number {
  const match = /^(\d+)(?:,(\d{2}))?$/.exec(cell.replace(/[\s\u202f\u00a0]/g, ''));
  if (!match) throw new Error(`not an amount: ${JSON.stringify(cell)}`);
  return Number(match[1]) * 100 + Number(match[2] ?? '0');
}
