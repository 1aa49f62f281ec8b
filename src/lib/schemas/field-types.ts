/** The kinds of value a blank of a letter can hold; each decides its control and its checks. */
export const fieldTypes = [
  /** A line of text: a name, a function, a room. */
  'text',
  /** A few sentences, in a box that grows with them. */
  'longText',
  /** A calendar date, stored yyyy-mm-dd, printed « 22 novembre 2026 ». */
  'date',
  /** A school year « 2025-2026 ». */
  'schoolYear',
  /** A school's identifier: 7 digits and a check letter. */
  'uai',
  /** One e-mail address, or several separated by commas. */
  'email',
  /** A number of IMP, by quarters (« 0,5 »). */
  'impCount',
  /** One value among the field's `options`. */
  'choice',
  /** A number typed the French way (« 1,5 », « 1 250 »), printed with a decimal comma. */
  'number',
  /** « oui » or « non », chosen with two radio buttons. */
  'yesNo',
  /** An amount in euros, to the cent (« 1 250,50 »), printed « 1 250,50 € ». */
  'amount',
] as const;

/** One of `fieldTypes`. */
export type FieldType = (typeof fieldTypes)[number];
