/** What a check found: an error blocks nothing by itself but marks the letter incomplete; a
 * warning only asks the user to look again (e.g. an UAI check letter computed from public code). */
export interface Problem {
  level: 'error' | 'warning';
  /** The message, in French, ready to show under the control. */
  message: string;
}

/** An error with this message. */
export const error = (message: string): Problem => ({ level: 'error', message });

/** A warning with this message. */
export const warning = (message: string): Problem => ({ level: 'warning', message });
