// npm run staff -- <command> …: accounts from the server's own shell, for the first admin and for the day the only
// admin has lost their phone or password (nobody is left who could do it in the console).
//   add --username <u> --role <role> --queue <queueId | provinceId> | --desk <deskId> [--alert-email <a>] --password-stdin
//   reset-2fa --username <u>       the account enrols a new second factor at its next sign-in
//   reset-password --username <u>  prints a one-time password the account must change at sign-in
//   enable --username <u>          re-opens a disabled account
// Every change but `add` ends the account's sessions and is written to the audit log as done from the server console.
import { fail } from './fail.ts';

const USAGE = [
  'usage: npm run staff -- add --username <u> --role officer|supervisor|provincial|admin|partner|helpline --queue <queueId|provinceId> | --desk <deskId> [--alert-email <address>] --password-stdin',
  '       npm run staff -- reset-2fa|reset-password|enable --username <u>',
].join('\n');

const [command, ...rest] = process.argv.slice(2);
if (command === 'add') await (await import('./staff-add.ts')).addStaff(rest);
else if (command === 'reset-2fa' || command === 'reset-password' || command === 'enable')
  await (await import('./staff-recover.ts')).recoverAccount(command, rest);
else fail(USAGE);
