import { describe, expect, it } from 'vitest';
import { isAllowed, PERMISSIONS } from '#core/access/permissions';
import { ROLES } from '#core/access/roles';

describe('isAllowed', () => {
  it('lets any member read their own session, whatever their roles', () => {
    expect(isAllowed('session.read', [])).toBe(true);
    expect(isAllowed('session.read', ['participant'])).toBe(true);
  });

  it('grants a permission to the roles listed and to nobody else', () => {
    for (const [permission, allowed] of Object.entries(PERMISSIONS)) {
      if (allowed === 'signed_in') continue;
      for (const role of ROLES) {
        expect(isAllowed(permission as keyof typeof PERMISSIONS, [role]), `${permission} × ${role}`).toBe(
          (allowed as readonly string[]).includes(role),
        );
      }
    }
  });

  it('keeps people records from sponsors, ERG leads and participants', () => {
    expect(isAllowed('people.read', ['sponsor', 'erg_lead', 'participant'])).toBe(false);
    expect(isAllowed('people.read', ['participant', 'program_manager'])).toBe(true);
  });
});
