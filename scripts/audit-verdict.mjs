// What `npm audit --omit=dev --json` said, as a verdict for CI (issue 9: no high or critical advisory
// in production dependencies). Pure, so it is tested (tests/scripts/audit-verdict.test.ts).

/**
 * @param {unknown} report the parsed JSON npm audit printed
 * @returns {{ kind: 'clean' | 'advisories' | 'unavailable', message: string }}
 */
export function auditVerdict(report) {
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const serious = Object.entries(report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    const high = Number(counts.high ?? 0) + Number(counts.critical ?? 0);
    if (high > 0 || serious.length > 0)
      return {
        kind: 'advisories',
        message: `npm audit: ${high} high or critical advisories in production dependencies: ${serious.join(', ')}`,
      };
    return { kind: 'clean', message: 'npm audit: no high or critical advisory in production dependencies.' };
  }
  const status = report?.statusCode ?? report?.error?.code ?? 'no answer';
  const detail = report?.message ?? 'npm printed no report';
  return {
    kind: 'unavailable',
    message: `npm audit could not run (${status}: ${detail}); production dependencies were NOT checked.`,
  };
}
