// `npm run audit:prod`: fails (exit 1) when npm audit finds a high or critical advisory in production
// dependencies. When the registry will not answer the audit (some mirrors refuse it), it says loudly
// that nothing was checked and exits 0, so an unreachable service does not stop a release; CI prints it.
import { execFileSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

let output;
try {
  output = execFileSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  output = error.stdout ?? ''; // npm audit exits non-zero when it finds advisories
}
let report;
try {
  report = JSON.parse(output);
} catch {
  report = { message: 'npm audit printed no JSON' };
}
const verdict = auditVerdict(report);
console.log(verdict.kind === 'unavailable' ? `WARNING: ${verdict.message}` : verdict.message);
process.exit(verdict.kind === 'advisories' ? 1 : 0);
