import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { forgetSession } from '../api/session';

/** Ends the session on the server, forgets every cached answer, and goes to the sign-in page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    // Even if the server could not be reached, this browser should not look signed in.
    onSettled: () => {
      forgetSession(queryClient);
      navigate('/login', { replace: true });
    },
  });
}
