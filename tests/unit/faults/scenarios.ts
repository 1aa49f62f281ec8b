import { corruptScenarios } from './corrupt';
import { importScenarios } from './import';
import { letterSaveScenarios } from './letter-save';
import type { FaultScenario } from './outcome';
import { twoTabScenarios } from './two-tabs';

/**
 * Every fault-injection scenario, one row each. A new guarantee (a write-ahead journal, atomic
 * imports, revisions of « Mon établissement ») adds its rows here.
 */
export const scenarios: FaultScenario[] = [
  ...letterSaveScenarios,
  ...importScenarios,
  ...twoTabScenarios,
  ...corruptScenarios,
];
