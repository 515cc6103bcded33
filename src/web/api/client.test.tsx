import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../testing/mock-api';
import { ApiError } from './api-error';
import { api, setCsrfToken } from './client';

describe('api client', () => {
  it('sends the CSRF token on writes only, and always same-origin credentials', async () => {
    const mock = mockApi({ 'GET /api/thing': { body: { ok: 1 } }, 'POST /api/thing': { status: 204 } });
    setCsrfToken('tok');
    await api.get('/thing');
    await api.post('/thing', { a: 1 });
    const [read, write] = mock.calls;
    expect(read?.headers.get('x-csrf-token')).toBeNull();
    expect(write?.headers.get('x-csrf-token')).toBe('tok');
    expect(write?.headers.get('content-type')).toBe('application/json');
    expect(write?.body).toEqual({ a: 1 });
    const init = (globalThis.fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock
      .calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
  });

  it('turns the error shape into an ApiError with field messages', async () => {
    mockApi({
      'POST /api/thing': apiError(400, 'validation', 'Invalid input', [
        { code: 'too_small', path: ['password'], message: 'At least 12 characters' },
        { code: 'too_small', path: ['password'], message: 'A second message is ignored' },
        { code: 'invalid', path: ['roles', 0], message: 'Unknown role' },
      ]),
    });
    const error = await api.post('/thing', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'validation',
      status: 400,
      message: 'Invalid input',
      fieldErrors: { password: 'At least 12 characters', roles: 'Unknown role' },
    });
  });

  it('gives a calm message when the server answers without the error shape', async () => {
    mockApi({ 'GET /api/thing': { status: 502, body: 'Bad gateway' } });
    const error = await api.get('/thing').catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: 'internal',
      status: 502,
      message: 'Something went wrong on our side. Please try again.',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    const { vi } = await import('vitest');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const error = await api.get('/thing').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'network', status: 0 });
    expect((error as ApiError).message).toMatch(/could not reach Counterpart/);
  });
});
