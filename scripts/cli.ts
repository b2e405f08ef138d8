/**
 * Operator commands: `npm run cli -- <command> [options]`.
 *
 *   create-admin --email <e> --password <p> [--name <full name>]
 *     Creates a platform admin, or promotes the existing user with that email. Idempotent.
 *
 * Connects with DATABASE_URL (a plain DataSource: no Redis, no HTTP).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@assay/auth';
import { AssayConfig, ConfigError } from '@assay/core';
import { createOrPromotePlatformAdmin } from '@assay/organizations';
import { dataSourceOptions } from '@assay/persistence';
import { ENTITIES } from '../apps/api/src/entities';

const USAGE = 'usage: npm run cli -- create-admin --email <email> --password <password> [--name <full name>]';

async function createAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.email || !values.password) throw new UsageError(USAGE);
  const dataSource = new DataSource(dataSourceOptions(AssayConfig.fromEnv(), ENTITIES));
  await dataSource.initialize();
  try {
    const result = await createOrPromotePlatformAdmin(dataSource, new PasswordHasher(), {
      email: values.email,
      password: values.password,
      fullName: values.name,
    });
    console.log(
      result.created
        ? `created platform admin ${result.email} (user ${result.userId})`
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
    error instanceof ConfigError || error instanceof UsageError || error instanceof Error
      ? error.message
      : String(error);
  console.error(message);
  process.exit(1);
});
