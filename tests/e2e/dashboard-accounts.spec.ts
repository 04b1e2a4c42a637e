// An admin creates an account and disables it (through the API the accounts page uses).
import { expect, test } from '@playwright/test';
import { createStaffAccount } from '../fixtures/staff-account.ts';

test.describe.configure({ timeout: 60_000 });

test('an admin creates an account, which can sign in, then disables it, which locks it out', async ({ playwright, baseURL }) => {
  const admin = createStaffAccount('admin', null);
  const asAdmin = await playwright.request.newContext({ baseURL });
  expect((await asAdmin.post('/api/staff/session', { data: admin })).status()).toBe(204);
  const { csrfToken } = await (await asAdmin.get('/api/staff/me')).json();
  const username = `officer.new${Date.now() % 100000}`;
  const created = await asAdmin.post('/api/staff/accounts', { data: { username, role: 'officer', queueId: 'cpu-swat' }, headers: { 'x-csrf-token': csrfToken } });
  expect(created.status()).toBe(201);
  const { temporaryPassword, account } = await created.json();
  expect(account).toMatchObject({ username, role: 'officer', queueId: 'cpu-swat', mustChangePassword: true });

  const asNew = await playwright.request.newContext({ baseURL });
  expect((await asNew.post('/api/staff/session', { data: { username, password: temporaryPassword } })).status()).toBe(204);
  expect((await asNew.get('/api/staff/me')).status()).toBe(200);

  const disabled = await asAdmin.post(`/api/staff/accounts/${username}/disable`, { headers: { 'x-csrf-token': csrfToken } });
  expect((await disabled.json()).account.disabled).toBe(true);
  expect((await asNew.get('/api/staff/me')).status()).toBe(401);
  expect((await asNew.post('/api/staff/session', { data: { username, password: temporaryPassword } })).status()).toBe(401);
  await asAdmin.dispose();
  await asNew.dispose();
});
