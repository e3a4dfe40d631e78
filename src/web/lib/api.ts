import { i18n } from '../i18n/i18n';

/** A failed API call, read from the server's RFC 9457 problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: Array<{ path: string; message: string }>;

  constructor(init: { status: number; code: string; title: string; detail: string; errors?: Array<{ path: string; message: string }> }) {
    super(`${init.title}: ${init.detail}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => window.location.assign('/login');

/** The app replaces the default full-page redirect with a router navigation. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  /** Query parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  /** Handle 401 here instead of redirecting to the login page (sign-in, "who am I"). */
  allowUnauthenticated?: boolean;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function toApiError(response: Response): Promise<ApiError> {
  const fallback = {
    status: response.status,
    code: response.status === 0 ? 'NETWORK' : 'HTTP_' + response.status,
    title: i18n.t('errors.httpTitle', { status: response.status }),
    detail: i18n.t('errors.httpDetail'),
  };
  try {
    const body = (await response.json()) as Partial<ApiError> & { errors?: unknown };
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : response.status,
      code: typeof body.code === 'string' ? body.code : fallback.code,
      title: typeof body.title === 'string' ? body.title : fallback.title,
      detail: typeof body.detail === 'string' ? body.detail : fallback.detail,
      errors: Array.isArray(body.errors) ? (body.errors as ApiError['errors']) : [],
    });
  } catch {
    return new ApiError(fallback);
  }
}

/** Calls the Oversight API with the session cookie and the UI language; throws `ApiError` on failure. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.language || 'vi' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'NETWORK', title: i18n.t('errors.networkTitle'), detail: i18n.t('errors.networkDetail') });
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.allowUnauthenticated) onUnauthorized();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], options?: Omit<RequestOptions, 'query'>) =>
    apiRequest<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};
