import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { auditVerdict } from '../../scripts/audit-verdict.mjs';

/** CI's reading of `npm audit --omit=dev --json` (issue 9). */
describe('the production audit verdict', () => {
  it('fails on a high or critical advisory, naming the packages', () => {
    const verdict = auditVerdict({
      vulnerabilities: {
        'left-pad': { severity: 'critical' },
        chalk: { severity: 'moderate' },
      },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 1, total: 2 } },
    });
    expect(verdict).toEqual({
      kind: 'advisories',
      message: 'npm audit: 1 high or critical advisories in production dependencies: left-pad (critical)',
    });
  });

  it('passes with only low and moderate advisories', () => {
    const verdict = auditVerdict({
      vulnerabilities: { chalk: { severity: 'moderate' } },
      metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 } },
    });
    expect(verdict.kind).toBe('clean');
  });

  it('says nothing was checked when the registry refuses the audit', () => {
    const verdict = auditVerdict({
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(verdict.kind).toBe('unavailable');
    expect(verdict.message).toContain('NOT checked');
    expect(verdict.message).toContain('405');
  });
});
