import { expect, it } from 'vitest';
import {
  clearLoginFailures,
  countRecentLoginFailures,
  forgetLoginFailure,
  recordLoginFailure,
} from '#store/login-failures-store';
import { loginFailures } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));
const ada = { emailDigest: 'digest-ada', ip: '198.51.100.1' };
const bob = { emailDigest: 'digest-bob', ip: '198.51.100.1' };

describeEachDriver('login failures', (database) => {
  it('counts failures per account and per address since a moment, leaving out this attempt', async () => {
    const { db } = database();
    await recordLoginFailure(db, ada, at(1), at(0));
    await recordLoginFailure(db, ada, at(5), at(0));
    await recordLoginFailure(db, { ...ada, ip: '203.0.113.9' }, at(7), at(0));
    await recordLoginFailure(db, bob, at(8), at(0));
    const attempt = await recordLoginFailure(db, ada, at(9), at(0));

    expect(await countRecentLoginFailures(db, ada, at(0), attempt)).toEqual({
      account: { count: 3, oldestAt: at(1) },
      address: { count: 3, oldestAt: at(1) },
    });
    expect(await countRecentLoginFailures(db, ada, at(2), attempt)).toEqual({
      account: { count: 2, oldestAt: at(5) },
      address: { count: 2, oldestAt: at(5) },
    });
    const stranger = { emailDigest: 'nobody', ip: '192.0.2.1' };
    expect(await countRecentLoginFailures(db, stranger, at(0), attempt)).toEqual({
      account: { count: 0, oldestAt: null },
      address: { count: 0, oldestAt: null },
    });

    await forgetLoginFailure(db, attempt);
    const other = await recordLoginFailure(db, stranger, at(10), at(0));
    expect((await countRecentLoginFailures(db, ada, at(0), other)).account.count).toBe(3);
  });

  it('clears one account, not the address, and forgets old failures when writing', async () => {
    const { db } = database();
    await clearLoginFailures(db, ada.emailDigest);
    const none = await recordLoginFailure(db, { emailDigest: 'x', ip: 'y' }, at(11), at(0));
    const after = await countRecentLoginFailures(db, ada, at(0), none);
    expect(after.account.count).toBe(0);
    expect(after.address.count).toBe(1); // bob's

    await recordLoginFailure(db, ada, at(30), at(15));
    const rows = await db.select().from(loginFailures);
    expect(rows.map((r) => r.emailDigest)).toEqual([ada.emailDigest]);
  });
});
