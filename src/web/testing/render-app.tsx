import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { setCsrfToken } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { routes } from '../routes';

/** Renders the whole app at `path`, as a browser would, with the test's mocked `fetch`. */
export function renderApp(path = '/') {
  setCsrfToken(null);
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AppProviders queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}

/** Where the app currently is, path and query. */
export function locationOf(router: ReturnType<typeof createMemoryRouter>): string {
  return `${router.state.location.pathname}${router.state.location.search}`;
}
