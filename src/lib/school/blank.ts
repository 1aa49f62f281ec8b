import { headingOf, type School } from '../schemas/school';

/** Whether nothing was entered in « Mon établissement »: no text, no logo, no IMP allocation. */
export const isBlank = (school: School) =>
  school.logo === undefined &&
  Object.keys(school.impAllocations ?? {}).length === 0 &&
  Object.values(headingOf(school)).every((value) => value.trim() === '');
