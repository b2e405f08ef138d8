/**
 * Operator commands: `npm run cli -- <command> [options]`.
 *
 *   create-admin --email <e> [--password <p>] [--name <full name>]
 *     Creates a platform admin, or promotes the existing user with that email. Idempotent. Without
 *     --password, the password is read from ASSAY_ADMIN_PASSWORD or standard input (so it need not
 *     appear in the process list or shell history). An unverified account is promoted only with a
 *     password, which replaces its own (docs/decisions/0601).
 *
 * Connects with DATABASE_URL (a plain DataSource: no Redis, no HTTP).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@assay/auth';
import { AssayConfig, ConfigError } from '@assay/core';
import { createOrPromotePlatformAdmin, PlatformAdminRefusal } from '@assay/organizations';
import { dataSourceOptions } from '@assay/persistence';
import { ENTITIES } from '../apps/api/src/entities';

const USAGE =
  'usage: npm run cli -- create-admin --email <email> [--password <password>] [--name <full name>]\n' +
  '       without --password, the password comes from ASSAY_ADMIN_PASSWORD or standard input';

/** --password, else ASSAY_ADMIN_PASSWORD, else standard input (a prompt on a terminal); none: undefined. */
async function readPassword(flag: string | undefined): Promise<string | undefined> {
  if (flag !== undefined) return flag;
  const fromEnv = process.env.ASSAY_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) return promptHidden('Password (leave empty to promote a verified account): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  return line ? line : undefined;
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string | undefined> {
  process.stderr.write(question);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  let typed = '';
  return new Promise((resolve, reject) => {
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          return resolve(typed || undefined);
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          return reject(new UsageError('cancelled'));
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email) throw new UsageError(USAGE);
  const password = await readPassword(values.password);
  const dataSource = new DataSource(dataSourceOptions(AssayConfig.fromEnv(), ENTITIES));
  await dataSource.initialize();
  try {
    const result = await createOrPromotePlatformAdmin(dataSource, new PasswordHasher(), {
      email: values.email,
      password,
      fullName: values.name,
    });
    console.log(
      result.created
        ? `created platform admin ${result.email} (user ${result.userId})`
        : result.passwordReset
          ? `promoted ${result.email} to platform admin: the unverified account's password was replaced ` +
            'and its sessions ended'
          : `promoted ${result.email} to platform admin (already a user: password unchanged)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'create-admin') return createAdmin(rest);
  throw new UsageError(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof ConfigError ||
    error instanceof UsageError ||
    error instanceof PlatformAdminRefusal ||
    error instanceof Error
      ? error.message
      : String(error);
  console.error(message);
  process.exit(1);
});
