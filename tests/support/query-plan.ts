/** What a query plan searches, as the search tests compare it. */
import type { QueryPlan } from '../../src/search/plan.ts';

/** The terms each part of `plan` searches, its alternatives in order: `[['remove'], ['node', 'server']]`. */
export function partTerms(plan: QueryPlan): string[][] {
  return plan.parts.map((part) => part.alternatives.map((alternative) => alternative.term));
}
