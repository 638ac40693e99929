// npm run bench:notify -- [--subscribers 1000]: sends the three changes of the e-mail test fixture
// (two announcement days) to that many subscribers on a local SMTP server (Debian's
// python3-aiosmtpd), and reports the time, the peak memory of npm run notify, the messages the
// server received and how many of them were duplicates (by Message-ID).
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure } from './measure.mjs';

const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '1000' } } });
const count = Number(values.subscribers);
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(os.tmpdir(), `notify-bench-${process.pid}`);
await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
await cp(path.join(root, 'tests/fixtures/minimal/content'), path.join(work, 'content'), {
  recursive: true,
});
await cp(path.join(root, 'tests/fixtures/notify'), path.join(work, 'content'), { recursive: true });
const list = path.join(work, 'subscribers.csv');
await writeFile(
  list,
  [
    'email,language,products',
    ...Array.from(
      { length: count },
      (_, i) => `reader${i}@customer.example,${i % 2 ? 'nl' : 'en'},`,
    ),
  ].join('\n'),
);

const maildir = path.join(work, 'mail');
const server = spawn('/usr/bin/python3', [
  path.join(root, 'tests/clients/smtp_server.py'),
  maildir,
  'bench',
  'bench',
]);
const port = await new Promise((resolve, reject) => {
  server.stdout.once('data', (d) => resolve(Number(String(d).trim())));
  server.once('exit', () =>
    reject(new Error('the SMTP server did not start: apt-get install python3-aiosmtpd')),
  );
});

const result = await measure(
  process.execPath,
  ['--import', 'tsx', 'scripts/notify.ts', '--subscribers', list],
  {
    cwd: root,
    env: {
      ...process.env,
      REGISTRY_CONTENT: path.join(work, 'content'),
      SOURCE_DATE_EPOCH: String(Date.parse('2026-11-20T12:00:00Z') / 1000),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_USER: 'bench',
      SMTP_PASSWORD: 'bench',
      SMTP_FROM: 'Bench <bench@example.invalid>',
    },
  },
);
server.kill();
if (result.code !== 0) {
  console.error(result.output);
  process.exit(1);
}
const files = (await readdir(maildir)).filter((f) => f.endsWith('.eml'));
const ids = await Promise.all(
  files.map(
    async (f) =>
      /^Message-ID:\s*(<[^>]+>)/im.exec(await readFile(path.join(maildir, f), 'utf8'))?.[1],
  ),
);
const duplicates = ids.length - new Set(ids).size;
console.log(
  '| subscribers | changes | messages received | duplicates | time | per message | peak memory |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(
  `| ${count} | 3 | ${files.length} | ${duplicates} | ${result.seconds.toFixed(1)} s | ${((result.seconds * 1000) / files.length).toFixed(1)} ms | ${Math.round(result.peakBytes / 2 ** 20)} MiB |`,
);
await rm(work, { recursive: true, force: true });
