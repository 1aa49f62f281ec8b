import { z } from 'zod';

/**
 * Largest IMP allocation a school may record, in cents (10 000 000 €). A lycée's allocation is
 * tens of thousands of euros; the bound keeps sums of cents far inside exact integers.
 */
export const MAX_ALLOCATION_CENTS = 1_000_000_000;

/** Most school years « Mon établissement » keeps an allocation for (a century of them). */
export const MAX_ALLOCATION_YEARS = 100;

/** A school year as the allocations are keyed: « 2025-2026 », the second year the next one. */
export const allocationYearSchema = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'année scolaire attendue, par exemple 2025-2026')
  .refine(
    (year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1,
    'les deux années doivent se suivre',
  );

/** An allocation in whole cents: money is never a float here. */
export const allocationCentsSchema = z
  .number()
  .int('nombre entier de centimes attendu')
  .min(0, 'montant négatif')
  .max(MAX_ALLOCATION_CENTS, 'montant trop grand (10\u202f000\u202f000\u00a0€ au plus)');

/**
 * The IMP allocation notified by the rectorat for each school year, in cents, keyed by the
 * year (« 2025-2026 »): what « Récapitulatif des IMP » compares the letters' total with.
 */
export const impAllocationsSchema = z
  .record(allocationYearSchema, allocationCentsSchema)
  .refine(
    (allocations) => Object.keys(allocations).length <= MAX_ALLOCATION_YEARS,
    `${MAX_ALLOCATION_YEARS} années scolaires au plus`,
  );

/** Allocations by school year, in cents. */
export type ImpAllocations = z.output<typeof impAllocationsSchema>;
