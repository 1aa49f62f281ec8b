/** The IMP arithmetic and rules, one idea per file; import from here. */
export * from './cents';
export * from './computed-values';
export * from './line';
export * from './problems';
export * from './rates';
export * from './total';
