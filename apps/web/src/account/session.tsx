import createClient from 'openapi-fetch';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Schemas } from '../api/client';
import type { paths } from '../api/schema.gen';

/**
 * The signed-in person's session. The access token lives only in this module's memory; the refresh token
 * is an HttpOnly cookie the API sets when asked (`X-Assay-Session: cookie`), so no page script can read
 * it. A reload gets a new access token from the cookie.
 */
const SESSION_HEADER = { 'X-Assay-Session': 'cookie' };

let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
let onSignedOut: (() => void) | null = null;

/** For auth calls that must not carry an access token or retry (refresh, logout). */
const plainApi = createClient<paths>({ baseUrl: '' });

/** One refresh at a time: concurrent 401s wait for the same rotation (a second one would be a reuse). */
function refreshAccessToken(): Promise<boolean> {
  refreshing ??= plainApi
    .POST('/api/v1/auth/refresh', { body: {}, headers: SESSION_HEADER })
    .then(({ data }) => {
      accessToken = data?.tokens.accessToken ?? null;
      return accessToken !== null;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const client = createClient<paths>({ baseUrl: '' });
client.use({
  onRequest({ request }) {
    if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
    return request;
  },
});

type Call = (...args: never[]) => Promise<{ response: Response }>;

/**
 * The typed client for signed-in pages: the same OpenAPI paths as `api`, with the access token attached;
 * on a 401 it refreshes once from the cookie and repeats the call.
 */
export const authedApi: typeof client = new Proxy(client, {
  get(target, property, receiver) {
    const value = Reflect.get(target, property, receiver) as unknown;
    if (typeof property !== 'string' || !/^[A-Z]+$/.test(property) || typeof value !== 'function')
      return value;
    return async (...args: never[]) => {
      const call = (value as Call).bind(target);
      const first = await call(...args);
      if (first.response.status !== 401) return first;
      if (!(await refreshAccessToken())) {
        onSignedOut?.();
        return first;
      }
      return call(...args);
    };
  },
});

/** Ends the cookie session on the server (and forgets the access token here). */
async function endSession(): Promise<void> {
  await plainApi.POST('/api/v1/auth/logout', { body: {}, headers: SESSION_HEADER }).catch(() => undefined);
  accessToken = null;
}

/** The organization and role the current access token acts for (its claims; the server verifies them). */
function claimsOf(token: string): { org: string; role: string } | null {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part)) as { org: string; role: string };
  } catch {
    return null;
  }
}

export type Membership = Schemas['MembershipDto'];

export interface Session {
  user: Schemas['UserDto'];
  memberships: Membership[];
  organizationId: string;
  role: Membership['role'];
}

interface SessionContextValue {
  session: Session | null;
  /** True until the first attempt to resume from the cookie has finished. */
  loading: boolean;
  /** Resumes the session from the cookie once; only signed-in pages ask (public pages never call the API for it). */
  resume(): void;
  /** Call with a sign-in response (signup, login, accept, switch) made in cookie mode. */
  signedIn(tokens: { accessToken: string }): Promise<void>;
  signOut(): Promise<void>;
  switchOrganization(organizationId: string): Promise<void>;
  reload(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export const cookieSession = { headers: SESSION_HEADER };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const [resuming, setResuming] = useState(false);

  const load = useCallback(async () => {
    if (!accessToken && !(await refreshAccessToken())) {
      setSession(null);
      return;
    }
    const { data } = await authedApi.GET('/api/v1/me');
    const claims = accessToken ? claimsOf(accessToken) : null;
    if (!data || !claims) {
      setSession(null);
      return;
    }
    const current = data.memberships.find((m) => m.organization.id === claims.org);
    setSession({
      user: data.user,
      memberships: data.memberships,
      organizationId: claims.org,
      role: current?.role ?? (claims.role as Membership['role']),
    });
  }, []);

  useEffect(() => {
    onSignedOut = () => setSession(null);
    return () => {
      onSignedOut = null;
    };
  }, []);
  useEffect(() => {
    if (resuming) void load().finally(() => setLoading(false));
  }, [resuming, load]);

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      loading,
      resume: () => setResuming(true),
      reload: load,
      async signedIn(tokens) {
        accessToken = tokens.accessToken;
        await load();
        setLoading(false);
        setResuming(true);
      },
      async signOut() {
        await endSession();
        setSession(null);
      },
      async switchOrganization(organizationId) {
        const { data } = await authedApi.POST('/api/v1/auth/switch-organization', {
          body: { organizationId },
          headers: SESSION_HEADER,
        });
        if (data) {
          accessToken = data.tokens.accessToken;
          await load();
        }
      },
    }),
    [session, loading, load],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
