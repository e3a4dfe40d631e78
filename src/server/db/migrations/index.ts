import type { Migration } from 'kysely';
import * as createFoundation from './2026-11-25T0100_create-foundation';

/** Every migration, in order. Listed by hand so the history is reviewable in one place. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T0100_create-foundation': createFoundation,
};
