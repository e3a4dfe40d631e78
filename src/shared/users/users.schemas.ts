import { z } from 'zod';
import { InstantSchema, StringSchema, TextSchema } from '../common.schemas';
import { ROLES } from '../auth/roles';
import { LOCALES } from '../i18n/locale';

export const MIN_PASSWORD_LENGTH = 10;

export const RoleSchema = z.enum(ROLES);
export const LocaleSchema = z.enum(LOCALES);

export const RoleGrantSchema = z
  .object({ id: z.string(), role: RoleSchema, unitId: z.string(), unitName: z.string() })
  .meta({ id: 'RoleGrant' });
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    locale: LocaleSchema,
    isActive: z.boolean(),
    /** Source addresses (IPv4, or IPv6 /64) from which sign-in is locked right now after repeated failures. */
    lockedSources: z.array(z.string()),
    grants: z.array(RoleGrantSchema),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const UsernameSchema = StringSchema()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, '3–40 letters, digits, dot, dash or underscore');

export const PasswordSchema = StringSchema().max(200);

export const GrantInputSchema = z.object({ role: RoleSchema, unitId: StringSchema().min(1).max(80) });
export type GrantInput = z.infer<typeof GrantInputSchema>;

export const UserCreateSchema = z
  .object({
    username: UsernameSchema,
    displayName: TextSchema(200),
    password: PasswordSchema,
    locale: LocaleSchema.default('vi'),
    grants: z.array(GrantInputSchema).max(50).default([]),
  })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .object({
    displayName: TextSchema(200),
    locale: LocaleSchema,
    isActive: z.boolean(),
    password: PasswordSchema,
    /** Required when users change their own password (an open session alone is not enough). */
    currentPassword: PasswordSchema,
  })
  .partial()
  .meta({ id: 'UserUpdate' });
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const LoginSchema = z
  .object({ username: StringSchema().trim().toLowerCase().min(1).max(100), password: StringSchema().min(1).max(200) })
  .meta({ id: 'Login' });

export const MeSchema = z
  .object({
    user: UserSchema,
    /** The actions this user may perform somewhere in their scope (drives what the UI shows). */
    actions: z.array(z.string()),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    userId: z.string(),
    createdAt: InstantSchema,
    expiresAt: InstantSchema.nullable(),
    lastUsedAt: InstantSchema.nullable(),
    revokedAt: InstantSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const ApiTokenCreateSchema = z
  .object({
    name: TextSchema(100),
    userId: StringSchema().max(200).optional(),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .meta({ id: 'ApiTokenCreate' });
export type ApiTokenCreate = z.infer<typeof ApiTokenCreateSchema>;

export const ApiTokenCreatedSchema = ApiTokenSchema.extend({
  /** Shown once; only its hash is stored. */
  token: z.string(),
}).meta({ id: 'ApiTokenCreated' });
