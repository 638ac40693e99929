/**
 * Where messages go: an SMTP server through nodemailer, configured by environment variables; or,
 * for a dry run, .eml files in a folder, composed by nodemailer's own MIME builder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Message } from './message';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

/** The SMTP settings from SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD and SMTP_FROM. */
export function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings {
  const missing = ['SMTP_HOST', 'SMTP_FROM'].filter((name) => !env[name]);
  if (missing.length > 0)
    throw new Error(
      `set ${missing.join(' and ')} (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD as your server needs) to send, or use --dry-run`,
    );
  const port = Number(env['SMTP_PORT'] ?? 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`SMTP_PORT "${env['SMTP_PORT']}" is not a port number`);
  const secure = (env['SMTP_SECURE'] ?? (port === 465 ? 'true' : 'false')).toLowerCase();
  if (!['true', 'false'].includes(secure))
    throw new Error(
      `SMTP_SECURE "${env['SMTP_SECURE']}" must be true (TLS, port 465) or false (STARTTLS)`,
    );
  return {
    host: env['SMTP_HOST']!,
    port,
    secure: secure === 'true',
    user: env['SMTP_USER'] || undefined,
    password: env['SMTP_PASSWORD'] || undefined,
    from: env['SMTP_FROM']!,
  };
}

/** nodemailer's options for one message. */
const mailOf = (message: Message, from: string) => ({
  from,
  to: message.to,
  subject: message.subject,
  text: message.text,
  html: message.html,
  messageId: message.messageId,
  headers: message.headers,
  attachments: message.attachments,
});

export interface Sender {
  deliver: (message: Message) => Promise<void>;
  close: () => void;
}

/**
 * An SMTP connection, checked before anything is sent: a wrong password or an unreachable host
 * fails here, with the server's words, and no message is counted as sent.
 */
export async function smtpSender(settings: SmtpSettings): Promise<Sender> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  try {
    await transport.verify();
  } catch (error) {
    transport.close();
    const where = `${settings.host}:${settings.port}`;
    const reason = (error as Error).message;
    throw new Error(
      /auth|credentials|535|534/i.test(reason)
        ? `the SMTP server ${where} refused the login of ${settings.user ?? '(no user)'}: ${reason}. Check SMTP_USER and SMTP_PASSWORD; nothing was sent.`
        : `cannot reach the SMTP server ${where}: ${reason}. Check SMTP_HOST, SMTP_PORT and SMTP_SECURE; nothing was sent.`,
      { cause: error },
    );
  }
  return {
    deliver: async (message) => {
      await transport.sendMail(mailOf(message, settings.from));
    },
    close: () => transport.close(),
  };
}

/** A dry run: every message as an .eml file in `folder`, exactly as it would be sent. */
export function emlSender(folder: string, from: string): Sender & { written: string[] } {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  return {
    written,
    deliver: async (message) => {
      const raw = await new MailComposer(mailOf(message, from)).compile().build();
      const name = `${String(written.length + 1).padStart(4, '0')}-${message.messageId.replace(/[^A-Za-z0-9.-]+/g, '_')}.eml`;
      writeFileSync(path.join(folder, name), raw);
      written.push(name);
    },
    close: () => undefined,
  };
}
