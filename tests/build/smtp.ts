/**
 * A real SMTP server for the tests (Debian's python3-aiosmtpd, tests/clients/smtp_server.py) on
 * localhost, which stores each message it accepts; and the messages, parsed by mailparser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { ROOT } from './helpers';

export const USER = 'notify';
export const PASSWORD = 'correct horse';

export interface Smtp {
  port: number;
  maildir: string;
  process: ChildProcess;
}

/** Starts the SMTP server; with `hangAfter`, it never answers the message after that many. */
export async function startSmtp(name: string, hangAfter?: number): Promise<Smtp> {
  const maildir = path.join(ROOT, 'tests/.out/notify', name, 'mail');
  await rm(maildir, { recursive: true, force: true });
  const child = spawn('/usr/bin/python3', [
    path.join(ROOT, 'tests/clients/smtp_server.py'),
    maildir,
    USER,
    PASSWORD,
    ...(hangAfter === undefined ? [] : [String(hangAfter)]),
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('exit', (code) =>
      reject(
        new Error(`the SMTP server stopped (${code}); the e-mail tests need python3-aiosmtpd`),
      ),
    );
  });
  return { port, maildir, process: child };
}

/** The messages the server stored, parsed. */
export async function received(smtp: Smtp): Promise<ParsedMail[]> {
  if (!existsSync(smtp.maildir)) return [];
  const files = (await readdir(smtp.maildir)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (f) => simpleParser(await readFile(path.join(smtp.maildir, f)))),
  );
}
