import { importScenarios } from './import';
import { letterSaveScenarios } from './letter-save';
import type { FaultScenario } from './outcome';

/**
 * Every fault-injection scenario, one row each. A new guarantee (a write-ahead journal, atomic
 * imports, revisions of « Mon établissement ») adds its rows here.
 */
export const scenarios: FaultScenario[] = [...letterSaveScenarios, ...importScenarios];
