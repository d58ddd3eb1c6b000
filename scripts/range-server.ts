/** @module `npx tsx scripts/range-server.ts [--port N]`: a local range API for demos and manual
 * testing, so nobody has to send even a prefix to the real service while trying Heedful. */
import { parseArgs } from 'node:util';
import { startRangeServer } from '../tests/support/range-server';

/** Well-known leaked passwords with made-up but plausible counts. */
const DEMO_BREACHED: Record<string, number> = {
  password: 52_256_179,
  '123456': 209_972_844,
  qwerty: 24_500_000,
  letmein: 8_900_000,
  hunter2: 38_000,
  'P@ssw0rd': 1_200_000,
  'Summer2024!': 3_100,
  correcthorsebatterystaple: 390,
};

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs 0-65535');

const server = await startRangeServer({ breached: DEMO_BREACHED, port });
process.stdout.write(
  `Range API listening at ${server.url}\n` +
    `Set it as "Range API URL" in Heedful's options, or: heedful pwned --api ${server.url}\n` +
    `Breached demo passwords: ${Object.keys(DEMO_BREACHED).join(', ')}\n`,
);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
