// npm run verify -- <site URL | dist folder>
// Checks a published registry the way a customer's tool would trust it: follows
// /.well-known/subprocessors.json, downloads every file it lists and checks its SHA-256,
// validates the JSON lists against the published schema and checks the release chain.
// Exits 1 on any mismatch, naming the file; 2 when it cannot start.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { verifyPublished, type Fetch } from '../src/lib/verify/verify';

const { values, positionals } = parseArgs({
  options: { head: { type: 'string' }, key: { type: 'string' }, 'tsa-cert': { type: 'string' } },
  allowPositionals: true,
});
const target = positionals[0];
if (!target) {
  console.error(
    'Usage: npm run verify -- https://trust.example.com [--head <sha256 seen before>] [--key release-key.pub.pem] [--tsa-cert authority.pem]\n   or   npm run verify -- dist',
  );
  process.exit(2);
}

let site: URL;
let fetchFile: Fetch;
if (/^https?:\/\//.test(target)) {
  site = new URL(target.endsWith('/') ? target : `${target}/`);
  fetchFile = async (url) => {
    const response = await fetch(url, { redirect: 'follow' });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
  };
} else {
  const root = path.resolve(target);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    console.error(`${target}: no such folder`);
    process.exit(2);
  }
  // A folder stands for the site: a URL's path is a file under it, never outside it.
  site = pathToFileURL(`${root}/`);
  const real = realpathSync(root);
  fetchFile = (url) => {
    const file = path.resolve(
      root,
      decodeURIComponent(new URL(url).pathname.slice(site.pathname.length)),
    );
    if (!existsSync(file)) return Promise.resolve(undefined);
    // Inside the folder, links resolved: a link to a file elsewhere is not the site's.
    const resolved = realpathSync(file);
    if (!resolved.startsWith(`${real}${path.sep}`) || !statSync(resolved).isFile())
      return Promise.resolve(undefined);
    return Promise.resolve(new Uint8Array(readFileSync(resolved)));
  };
}

const result = await verifyPublished(site, fetchFile, {
  knownHead: values.head,
  publicKey: values.key ? readFileSync(values.key, 'utf8') : undefined,
  tsaCertificate: values['tsa-cert'] ? readFileSync(values['tsa-cert'], 'utf8') : undefined,
});
if (result.problems.length > 0) {
  console.error(
    `${target}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `${target}: ${result.files} files match their SHA-256; ${result.releases} release${result.releases === 1 ? '' : 's'} chained to the head ${result.head ?? '(none)'}.${result.timestamped.map(({ date, time }) => `\n  ${date}: time-stamped ${time} by the authority you trust`).join('')}`,
);
