import type { RouteHandler } from '@hono/zod-openapi';
import { getT } from '../../locales/i18n.ts';
import { checkTotp, newRecoveryCodes, newTotpSecret, otpauthUrl, qrDataUrl, TOTP_SEAL_CONTEXT, totpRequired } from '../auth/totp.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import { ApiError, requestLocale } from '../kernel/errors.ts';
import { capabilitiesOf } from '../kernel/scope.ts';
import { endSession } from '../kernel/session.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { login, markTotpStepUsed } from './login.ts';
import { enableTotp, saveTotpSecret } from './queries.ts';
import type * as routes from './routes.ts';

export function sessionHandlers(deps: AppDeps) {
  const { db, sealer } = deps;
  const audit = (entry: Parameters<typeof appendAudit>[1]) => appendAudit(db.$client, entry);

  const signIn: RouteHandler<typeof routes.signIn, AppEnv> = async (c) => {
    await login(deps, c, c.req.valid('json'), requestLocale(c));
    return c.body(null, 204);
  };

  const signOut: RouteHandler<typeof routes.signOut, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    await endSession(db, c);
    await audit({ staffId: user.id, username: user.username, action: 'logout' });
    return c.body(null, 204);
  };

  const me: RouteHandler<typeof routes.me, AppEnv> = (c) => {
    const { user, csrfToken } = c.var.staff;
    return c.json(
      {
        username: user.username,
        role: user.role,
        queueId: user.queueId,
        provinceId: user.provinceId,
        csrfToken,
        totpEnabled: user.totpEnabled,
        totpRequired: totpRequired(user.role),
        can: capabilitiesOf(user),
        mustChangePassword: user.mustChangePassword,
        recoveryCodesLeft: (JSON.parse(user.recoveryCodes) as string[]).length,
      },
      200,
    );
  };

  // TOTP enrolment: a fresh secret (sealed in the database, not yet active), shown as a QR code and as text.
  const totpEnrol: RouteHandler<typeof routes.totpEnrol, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    if (user.totpEnabled) throw new ApiError(403, 'forbidden');
    const secret = newTotpSecret();
    await saveTotpSecret(db, user.id, sealer.seal(secret, TOTP_SEAL_CONTEXT));
    const url = otpauthUrl(secret, user.username);
    await audit({ staffId: user.id, username: user.username, action: 'totp_enrol_started' });
    return c.json({ secret, otpauthUrl: url, qr: await qrDataUrl(url) }, 200);
  };

  const totpConfirm: RouteHandler<typeof routes.totpConfirm, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { code } = c.req.valid('json');
    if (user.totpEnabled || !user.totpSecretCt) throw new ApiError(403, 'forbidden');
    const step = checkTotp(sealer.open(user.totpSecretCt, TOTP_SEAL_CONTEXT), code);
    if (step === null) throw new ApiError(400, 'validation_failed', { fields: { code: getT(requestLocale(c), 'api')('field.invalid') } });
    markTotpStepUsed(user.id, step);
    const { codes, hashes } = newRecoveryCodes();
    await enableTotp(db, user.id, hashes);
    await audit({ staffId: user.id, username: user.username, action: 'totp_enabled', queueId: user.queueId });
    return c.json({ recoveryCodes: codes }, 200);
  };

  return { signIn, signOut, me, totpEnrol, totpConfirm };
}
