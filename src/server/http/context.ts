import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';
import { actorFromApiToken, actorFromSession, type AuthDeps } from '../auth/auth.service';
import type { AttachmentOwners } from '../attachments/attachment-owners';
import type { BlobCipher } from '../attachments/blob-cipher';
import type { Authorizer } from '../auth/authorize';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Engine } from '../db/database';
import type { DB } from '../db/schema';
import type { SecretKey } from '../secrets/key-file';

/** Everything a route needs, handed to each feature's `register…Routes` explicitly. */
export interface AppDeps {
  db: Kysely<DB>;
  engine: Engine;
  config: Config;
  clock: Clock;
  authz: Authorizer;
  /** HMAC key of the audit chain, held outside the database (see server/secrets/key-file.ts). */
  auditKey: SecretKey;
  /** scrypt cost exponent for new password hashes (tests lower it). */
  passwordLogN?: number;
  /** The records that carry attachments, each with the policy deciding who may attach and read (see attachments/). */
  attachmentOwners?: AttachmentOwners;
  /** Seals protected attachments (from the field-encryption key); without it protected files are refused. */
  attachmentCipher?: BlobCipher | null;
}

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>;

export const SESSION_COOKIE = 'oversight_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Route answers without a signed-in user. */
    public?: boolean;
  }
}

export function authDeps(deps: AppDeps): AuthDeps {
  return {
    db: deps.db,
    clock: deps.clock,
    auditKey: deps.auditKey,
    sessionTtlHours: deps.config.sessionTtlHours,
    sessionIdleMinutes: deps.config.sessionIdleMinutes,
  };
}

/**
 * Resolves the actor from `Authorization: Bearer …` or the session cookie; refuses non-public routes without one.
 * Runs on `onRequest`, before the body is parsed or validated: an anonymous caller learns nothing about a route's
 * input (no field list, no 415/413) and cannot make the server parse large bodies.
 */
export function registerAuthentication(app: App, deps: AppDeps): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    // Only API routes need an actor; unknown URLs (and the web app's files) go on to a 404 or the file.
    if (!request.routeOptions.url?.startsWith('/api/v1/')) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.actor = await actorFromApiToken(authDeps(deps), auth.slice(7).trim());
      if (!request.actor) throw new AppError('UNAUTHENTICATED');
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await actorFromSession(authDeps(deps), token);
    if (!request.actor && !request.routeOptions.config.public) {
      throw new AppError(token ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
  });
}

/** The signed-in actor of a non-public route (the onRequest hook guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
