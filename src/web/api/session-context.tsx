import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from './types';

const SessionContext = createContext<Me | null>(null);

/**
 * Hands the signed-in session to the pages below RequireAuth. Pages read it from here rather than from the
 * query cache, so that while a sign-out is under way they never render without a session.
 */
export function SessionProvider({ session, children }: { session: Me; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session inside the signed-in app, where it is known to exist. */
export function useSession(): Me {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available inside the signed-in app');
  return session;
}
