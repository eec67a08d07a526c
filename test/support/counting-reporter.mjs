// Counts every test that ran (passed or failed) across all sessions and writes the totals to a
// file that scripts/test.mjs reads; a file that fails to import counts as one failure.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, totals);
}

export function countingReporter(
  file = process.env.MFA_TEST_COUNTS ?? '.test-results/browser.json',
) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, totals);
        // A file that failed to load has errors but no test results.
        if (
          !session.passed &&
          (session.errors?.length ?? 0) > 0 &&
          !session.testResults?.tests?.length &&
          !session.testResults?.suites?.length
        ) {
          totals.failed += 1;
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
