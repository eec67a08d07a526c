// Counts every test that ran (passed or failed) across all sessions and writes the totals, with
// the name and first error line of each failure, to a file that scripts/test.mjs reads (so CI's
// last lines name what failed). A file that fails to load or to finish counts as one failure.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';

function countTests(suite, totals, file, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push({
        file,
        test: [...path, test.name].join(' › '),
        error: firstLine(test.error?.message),
      });
    }
  }
  for (const child of suite.suites ?? []) countTests(child, totals, file, [...path, child.name]);
}

export function countingReporter(
  file = process.env.MFA_TEST_COUNTS ?? '.test-results/browser.json',
) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const testFile = relative(process.cwd(), session.testFile);
        const failedBefore = totals.failed;
        if (session.testResults) countTests(session.testResults, totals, testFile);
        // A file that failed without a failing test (it did not load, did not finish, or threw
        // outside a test) counts as one failure, named by its first error.
        if (!session.passed && totals.failed === failedBefore) {
          totals.failed += 1;
          totals.failures.push({
            file: testFile,
            test: '(the file)',
            error: firstLine(session.errors?.[0]?.message) || 'failed without a test error',
          });
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
