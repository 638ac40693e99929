/**
 * A release time-stamped by an RFC 3161 authority: OpenSSL's `ts` command acting as one behind a
 * local HTTP server, with its own certificate authority. `npm run release --timestamp` keeps the
 * token beside the release; OpenSSL itself accepts it; the site publishes it and shows its time;
 * `npm run verify --tsa-cert` accepts it, and refuses it with one byte changed and with an
 * authority the customer does not trust.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTimestamp } from '../../src/core/timestamp';
import { buildFixture, epochOf, FAST, prepareFixture, ROOT } from './helpers';

const run = promisify(execFile);
const DAY = '2026-11-20';

/** Runs a command; never throws: its exit code and everything it printed. */
async function command(file: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd: ROOT, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

const openssl = (args: string[], cwd: string) => run('openssl', args, { cwd });

/** A certificate authority, and a time-stamping authority's key and certificate signed by it. */
async function authority(dir: string, name: string): Promise<void> {
  await writeFile(
    path.join(dir, 'ca.cnf'),
    `[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = ${name} Root\n[v3_ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n[v3_tsa]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical,digitalSignature\nextendedKeyUsage = critical,timeStamping\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n`,
  );
  await openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '30',
      '-config',
      'ca.cnf',
      '-extensions',
      'v3_ca',
    ],
    dir,
  );
  await openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'tsa.key',
      '-out',
      'tsa.csr',
      '-subj',
      `/CN=${name} TSA`,
    ],
    dir,
  );
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'tsa.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'tsa.pem',
      '-days',
      '30',
      '-extfile',
      'ca.cnf',
      '-extensions',
      'v3_tsa',
    ],
    dir,
  );
  await writeFile(path.join(dir, 'serial'), '01\n');
  await writeFile(
    path.join(dir, 'tsa.cnf'),
    `[tsa]\ndefault_tsa = tsa_config\n[tsa_config]\ndir = .\nserial = ./serial\ncrypto_device = builtin\nsigner_cert = ./tsa.pem\ncerts = ./ca.pem\nsigner_key = ./tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5\ndigests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n`,
  );
  // A certificate of the same authority for something else (a web server), for the forged token.
  await writeFile(
    path.join(dir, 'leaf.cnf'),
    `[v3_leaf]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\n`,
  );
  await openssl(
    [
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'leaf.key',
      '-out',
      'leaf.csr',
      '-subj',
      '/CN=www.publisher.example',
    ],
    dir,
  );
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'leaf.pem',
      '-days',
      '30',
      '-extfile',
      'leaf.cnf',
      '-extensions',
      'v3_leaf',
    ],
    dir,
  );
}

/**
 * A token such as a publisher could forge with any certificate its authority's CA issued (the leaf
 * certificate authority() made): the real
 * token's content, signed with a certificate not for time-stamping, the real authority's
 * certificate put beside it.
 */
async function forged(tsa: string, real: Uint8Array, out: string): Promise<void> {
  const response = pkijs.TimeStampResp.fromBER(Uint8Array.from(real).buffer);
  const signed = new pkijs.SignedData({ schema: response.timeStampToken!.content });
  await writeFile(
    path.join(tsa, 'tstinfo.der'),
    new Uint8Array(signed.encapContentInfo.eContent!.getValue()),
  );
  await openssl(
    [
      'cms',
      '-sign',
      '-binary',
      '-nodetach',
      '-in',
      'tstinfo.der',
      '-econtent_type',
      '1.2.840.113549.1.9.16.1.4',
      '-signer',
      'leaf.pem',
      '-inkey',
      'leaf.key',
      '-certfile',
      'tsa.pem',
      '-outform',
      'DER',
      '-out',
      'forged.p7',
    ],
    tsa,
  );
  const token = asn1js.fromBER(new Uint8Array(await readFile(path.join(tsa, 'forged.p7')))).result;
  const forgedResponse = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Integer({ value: 0 })] }), token],
  });
  await writeFile(out, new Uint8Array(forgedResponse.toBER(false)));
}

describe.skipIf(FAST)('a release time-stamped by an RFC 3161 authority', () => {
  let tsa: string;
  let other: string;
  let server: http.Server;
  let url: string;
  let dir: string;
  let refuse = false;
  const env = () => ({
    ...process.env,
    REGISTRY_CONTENT: path.join(dir, 'content'),
    SOURCE_DATE_EPOCH: epochOf(DAY),
  });

  beforeAll(async () => {
    tsa = await mkdtemp(path.join(os.tmpdir(), 'registry-tsa-'));
    other = await mkdtemp(path.join(os.tmpdir(), 'registry-tsa-other-'));
    await authority(tsa, 'Test');
    await authority(other, 'Other');
    // The authority: each POSTed query answered by `openssl ts -reply`.
    let n = 0;
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        if (refuse || req.headers['content-type'] !== 'application/timestamp-query')
          return void res.writeHead(500).end();
        n += 1;
        const query = path.join(tsa, `q${n}.tsq`);
        const reply = path.join(tsa, `r${n}.tsr`);
        void writeFile(query, Buffer.concat(chunks))
          .then(() =>
            openssl(
              ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', query, '-out', reply],
              tsa,
            ),
          )
          .then(() => readFile(reply))
          .then(
            (bytes) =>
              void res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(bytes),
            () => void res.writeHead(500).end(),
          );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    dir = await prepareFixture('timestamp');
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(tsa, { recursive: true, force: true });
    await rm(other, { recursive: true, force: true });
  });

  it('writes nothing when the authority does not answer', async () => {
    refuse = true;
    const result = await command('npx', ['tsx', 'scripts/release.ts', '--timestamp', url], env());
    refuse = false;
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/HTTP 500/);
    await expect(readdir(path.join(dir, 'content/releases'))).resolves.toEqual([]);
  }, 120_000);

  it('keeps the token beside the release, OpenSSL accepts it, and the site shows and publishes it; verify accepts it, and refuses it changed or from an untrusted authority', async () => {
    const made = await command('npx', ['tsx', 'scripts/release.ts', '--timestamp', url], env());
    expect(made.output).toMatch(
      new RegExp(
        `Released \\S*${DAY}\\.json: 2 processors, sha256 [0-9a-f]{64} \\(the first release\\), time-stamped \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z by 127\\.0\\.0\\.1`,
      ),
    );
    expect((await readdir(path.join(dir, 'content/releases'))).sort()).toEqual([
      `${DAY}.json`,
      `${DAY}.tsr`,
    ]);
    const release = JSON.parse(
      await readFile(path.join(dir, `content/releases/${DAY}.json`), 'utf8'),
    ) as { sha256: string };
    // The real client: OpenSSL checks the token over the release's hash with the authority's CA.
    const checked = await command('openssl', [
      'ts',
      '-verify',
      '-in',
      path.join(dir, `content/releases/${DAY}.tsr`),
      '-digest',
      release.sha256,
      '-CAfile',
      path.join(tsa, 'ca.pem'),
    ]);
    expect(checked.output).toContain('Verification: OK');

    const built = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(DAY) });
    expect(built.output).toMatch(/Built \S*dist\//);
    const dist = path.join(dir, 'dist');
    const page = await readFile(path.join(dist, `releases/${DAY}/index.html`), 'utf8');
    expect(page).toMatch(
      // The authority's clock, not the build's: the token says when it was made.
      /<dt>Time-stamped<\/dt><dd>\d+ \w+ \d{4} at \d\d:\d\d:\d\d \(UTC\), by a time-stamping authority’s token over this hash \(RFC 3161\)/,
    );
    expect(page).toContain(`href="/releases/${DAY}/timestamp.tsr"`);
    expect(await readFile(path.join(dist, `releases/${DAY}/timestamp.tsr`))).toEqual(
      await readFile(path.join(dir, `content/releases/${DAY}.tsr`)),
    );
    const discovery = JSON.parse(
      await readFile(path.join(dist, '.well-known/subprocessors.json'), 'utf8'),
    ) as { releases: { items: { timestamp?: { url: string; time: string } }[] } };
    expect(discovery.releases.items[0]!.timestamp?.url).toMatch(
      /\/releases\/2026-11-20\/timestamp\.tsr$/,
    );

    const trusted = path.join(tsa, 'ca.pem');
    const ok = await command('npx', ['tsx', 'scripts/verify.ts', dist, '--tsa-cert', trusted]);
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(
      new RegExp(`${DAY}: time-stamped \\d{4}-[\\d-]+T[\\d:.]+Z by the authority you trust`),
    );

    const untrusted = await command('npx', [
      'tsx',
      'scripts/verify.ts',
      dist,
      '--tsa-cert',
      path.join(other, 'ca.pem'),
    ]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.output).toMatch(
      /timestamp\.tsr: the token's signature or its certificate chain does not check out against the trusted certificate/,
    );

    const token = path.join(dir, `content/releases/${DAY}.tsr`);
    const original = await readFile(token);
    // A token signed with a certificate of the same authority that is not for time-stamping.
    await forged(tsa, original, token);
    await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(DAY) });
    const impostor = await command('npx', [
      'tsx',
      'scripts/verify.ts',
      dist,
      '--tsa-cert',
      trusted,
    ]);
    expect(impostor.code).toBe(1);
    expect(impostor.output).toMatch(
      /timestamp\.tsr: the certificate that signed the token is not one for time-stamping/,
    );

    // One byte of the token's signature changed, and the site rebuilt with it.
    await writeFile(token, original);
    const bytes = await readFile(token);
    bytes[bytes.length - 10]! ^= 0x01;
    await writeFile(token, bytes);
    const rebuilt = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(DAY) });
    expect(rebuilt.output).toMatch(/Built \S*dist\//);
    const changed = await command('npx', ['tsx', 'scripts/verify.ts', dist, '--tsa-cert', trusted]);
    expect(changed.code).toBe(1);
    expect(changed.output).toMatch(
      /timestamp\.tsr: the token's signature does not check out against the trusted certificate/,
    );
    // A token over another hash is not published: the build names the file.
    await writeFile(token, await requestTimestamp(url, 'ab'.repeat(32)));
    const elsewhere = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf(DAY) });
    expect(elsewhere.code).not.toBe(0);
    expect(elsewhere.output).toMatch(
      new RegExp(`${DAY}\\.tsr: it covers (ab){32}, not this release's hash ${release.sha256}`),
    );
  }, 240_000);
});
