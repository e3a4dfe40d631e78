import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../shared/errors';
import type { Actor } from '../auth/actor';

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook (`users/authenticate.ts`). */
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Route answers without a signed-in user. */
    public?: boolean;
  }
}

/** The signed-in actor of a non-public route (the authentication hook guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
