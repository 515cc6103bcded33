import { Outlet } from 'react-router';
import { useSession } from '../api/session-context';
import type { Role } from '../api/types';
import { NoAccess } from '../common/no-access';
import { hasAnyRole } from './roles';

/** Pages for some roles only; the server checks too, this just explains instead of failing. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const me = useSession();
  return hasAnyRole(me, roles) ? <Outlet /> : <NoAccess />;
}
