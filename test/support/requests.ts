// What the page has fetched so far (the Resource Timing entries): lazy-loading tests check which
// chunks a step asked for, so each runs in a test file of its own (a fresh page).

/** The first request whose URL contains `fragment`, if the page made one. */
export function requestFor(fragment: string): PerformanceResourceTiming | undefined {
  return performance
    .getEntriesByType('resource')
    .find((entry): entry is PerformanceResourceTiming => entry.name.includes(fragment));
}

/** Whether the page has asked for a URL that contains `fragment`. */
export function requested(fragment: string): boolean {
  return requestFor(fragment) !== undefined;
}
