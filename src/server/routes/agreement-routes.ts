import type { AppDeps } from '#server/app-deps';
import type { Api } from '#server/routes/route-types';

/** Issue 6 (docs/api/workspace.md). */
export function agreementRoutes(_app: Api, _deps: AppDeps): void {}
