// npm run release [-- --sign key.pem] [--timestamp URL]: freezes the current list as
// content/releases/<date>.json, chained to the release before it. --timestamp (or
// RELEASE_TIMESTAMP_URL) asks an RFC 3161 time-stamping authority for a token over the release's
// hash, kept beside it as <date>.tsr: proof of when the release existed, which a hash chain alone
// cannot give. Nothing is written unless the token came.
// The date is today, or SOURCE_DATE_EPOCH's. The list is exactly what the site publishes as
// subprocessors.json, so the site is built first (into a temporary folder).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { signHash } from '../src/core/signature';
import { readTimestamp, requestTimestamp } from '../src/core/timestamp';
import { makeRelease } from '../src/lib/outputs/releases';
import type { ExportDocument } from '../src/schemas/export';
import type { Release } from '../src/schemas/release';
import { contentDir } from '../src/lib/load/content-dir';

const { values } = parseArgs({
  options: { sign: { type: 'string' }, timestamp: { type: 'string' } },
});
const content = contentDir();
const releases = path.join(content, 'releases');
const out = mkdtempSync(path.join(os.tmpdir(), 'registry-release-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', path.join(out, 'dist')], {
    stdio: 'inherit',
    env: process.env,
  });
  const list = JSON.parse(
    readFileSync(path.join(out, 'dist/subprocessors.json'), 'utf8'),
  ) as ExportDocument;
  const date = list.asOf;
  const file = path.join(releases, `${date}.json`);
  if (existsSync(file))
    throw new Error(
      `${path.relative(process.cwd(), file)} already exists: a release is never rewritten. Release on another day.`,
    );

  mkdirSync(releases, { recursive: true });
  const earlier = readdirSync(releases)
    .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
    .sort();
  const last = earlier.at(-1);
  if (last && last.slice(0, 10) > date)
    throw new Error(
      `The latest release (${last}) is later than ${date}: releases are made in date order.`,
    );
  const previous = last
    ? (JSON.parse(readFileSync(path.join(releases, last), 'utf8')) as Release)
    : undefined;
  const made = makeRelease(date, list, previous);
  // The signing key: --sign <file>, or RELEASE_SIGNING_KEY holding the PEM itself (a CI secret).
  const keyFile = values.sign;
  const pem = keyFile ? readFileSync(keyFile, 'utf8') : process.env['RELEASE_SIGNING_KEY'];
  const release = pem ? { ...made, signature: signHash(made.sha256, pem) } : made;
  // The token first: a release meant to be time-stamped is not written without it.
  const authority = values.timestamp ?? process.env['RELEASE_TIMESTAMP_URL'];
  const token = authority ? await requestTimestamp(authority, release.sha256) : undefined;
  writeFileSync(file, `${JSON.stringify(release, null, 2)}\n`);
  if (token) writeFileSync(file.replace(/\.json$/, '.tsr'), token);
  console.log(
    `Released ${path.relative(process.cwd(), file)}: ${list.processors.length} processors, sha256 ${release.sha256}${previous ? `, after ${last}` : ' (the first release)'}${release.signature ? ', signed' : ''}${token ? `, time-stamped ${readTimestamp(token).time.toISOString()} by ${new URL(authority!).host}` : ''}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
