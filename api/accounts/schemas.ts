// The accounts feature's contract as zod schemas: the same objects validate requests and describe them in
// /api/openapi.json. Roles come from the vocabulary (domain/vocabulary.ts).
import { z } from '@hono/zod-openapi';
import { ROLES, SERVICES } from '../../domain/vocabulary.ts';
import { localized } from '../schemas.ts';

export const ScopeInput = z
  .strictObject({
    role: z.enum(ROLES),
    queueId: z.string().min(1).max(80).optional(),
    provinceId: z.string().min(1).max(80).optional(),
    // Partners only: the service desk the account answers for (content/directory/desks.yaml).
    deskId: z.string().min(1).max(100).optional(),
  })
  .openapi('AccountScopeInput');
export type ScopeInput = z.output<typeof ScopeInput>;

/** Staff usernames, for the console and `npm run staff -- add` alike. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const CreateAccountInput = ScopeInput.extend({ username: z.string().regex(USERNAME_PATTERN) }).openapi('CreateAccountInput');

export const PasswordChangeInput = z
  .strictObject({ current: z.string().min(1).max(256), next: z.string().min(1).max(256) })
  .openapi('PasswordChangeInput');
export type PasswordChangeInput = z.output<typeof PasswordChangeInput>;

export const UsernameParam = z.object({
  username: z
    .string()
    .regex(USERNAME_PATTERN)
    .openapi({ param: { name: 'username', in: 'path' }, example: 'officer.mardan' }),
});

export const Account = z
  .object({
    username: z.string(),
    role: z.enum(ROLES),
    queueId: z.string().nullable(),
    provinceId: z.string().nullable(),
    deskId: z.string().nullable(),
    disabled: z.boolean(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Account');

export const AccountList = z.object({ accounts: z.array(Account) }).openapi('AccountList');
export const AccountChanged = z.object({ account: Account }).openapi('AccountChanged');
/** A new account or a reset password: the one-time password is shown to the admin once, never stored in clear. */
export const AccountWithPassword = z.object({ account: Account, temporaryPassword: z.string() }).openapi('AccountWithPassword');

export const ScopeOptions = z
  .object({
    queues: z.array(z.object({ id: z.string(), provinceId: z.string().nullable(), name: localized })),
    provinces: z.array(z.object({ id: z.string(), name: localized })),
    desks: z.array(
      z.object({
        id: z.string(),
        service: z.enum(SERVICES),
        district: z.string(),
        provinceId: z.string(),
        name: localized,
        confirmed: z.boolean(),
      }),
    ),
  })
  .openapi('AccountScopeOptions');
