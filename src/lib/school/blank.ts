import { headingOf, type School } from '../schemas/school';

/** Whether nothing was entered in « Mon établissement »: no text, and no logo. */
export const isBlank = (school: School) =>
  school.logo === undefined &&
  Object.values(headingOf(school)).every((value) => value.trim() === '');
