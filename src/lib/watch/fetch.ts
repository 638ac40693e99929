/**
 * Fetching a vendor's list, as carefully as a page from a stranger deserves: https only (http only
 * to this machine, for tests), a few redirects and never to another scheme, a cap on the bytes and
 * on the time (the body included), no cookies, nothing run, and one request at a time per host.
 * Every way it can fail is a FetchGap with a reason a person can act on.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Why a list could not be fetched: the HTTP status, a timeout, the size cap, a refused address. */
export class FetchGap extends Error {
  override name = 'FetchGap';
  constructor(
    message: string,
    /** The HTTP status, where the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Fetched {
  /** The address the bytes came from, after redirects. */
  url: string;
  status: number;
  contentType: string | undefined;
  bytes: Uint8Array;
}

export interface FetchLimits {
  /** Milliseconds for the whole fetch, redirects and body included. */
  timeoutMs: number;
  /** The most bytes a body may have. */
  maxBytes: number;
  /** The most redirects followed. */
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether an address may be fetched: https anywhere, http only to this machine. */
export function allowedAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchGap(`"${address}" is no address`);
  }
  if (url.username || url.password)
    throw new FetchGap(`${url.origin}: an address with a user name or password is not fetched`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  throw new FetchGap(`${address}: only https:// addresses are fetched`);
}

/** Addresses no vendor's public list is at: this machine, private networks, link-local. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/**
 * An https address must resolve to public addresses only: a vendor's page (or its redirect)
 * cannot make the watch read this machine or a private network. (http is only ever to this
 * machine, for tests.) A name re-pointed between this look-up and the connection is not caught.
 */
async function publicAddress(url: URL): Promise<void> {
  if (url.protocol !== 'https:') return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let found: { address: string; family: number }[];
  try {
    found = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookup(host, { all: true });
  } catch (error) {
    throw new FetchGap(`${url.href}: ${(error as { code?: string }).code ?? 'no such host'}`);
  }
  const inside = found.find(({ address, family }) =>
    PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4'),
  );
  if (inside)
    throw new FetchGap(
      `${url.href}: ${url.hostname} is at ${inside.address}, an address on this machine or a private network, which is not fetched`,
    );
}

const kib = (n: number) => `${Math.round(n / 1024).toLocaleString('en')} KiB`;

/**
 * Fetches `address` within `limits`. A redirect is followed only to an address that is allowed and
 * keeps the scheme; a loop, or more than `maxRedirects`, is a gap. A status other than 2xx is a
 * gap carrying the status.
 */
export async function fetchList(
  address: string,
  limits: FetchLimits = DEFAULT_LIMITS,
  accept = 'text/html, application/json, text/csv, */*;q=0.5',
  deadline?: AbortSignal,
): Promise<Fetched> {
  const signal = deadline
    ? AbortSignal.any([AbortSignal.timeout(limits.timeoutMs), deadline])
    : AbortSignal.timeout(limits.timeoutMs);
  const seen = new Set<string>();
  let url = allowedAddress(address);
  try {
    for (;;) {
      seen.add(url.href);
      await publicAddress(url);
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        credentials: 'omit',
        headers: {
          accept,
          'user-agent':
            'processor-registry-watch (+https://www.npmjs.com/package/processor-registry)',
        },
      });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location)
          throw new FetchGap(
            `${url.href}: HTTP ${response.status} without a Location`,
            response.status,
          );
        const next = allowedAddress(new URL(location, url).href);
        if (next.protocol !== url.protocol)
          throw new FetchGap(
            `${url.href}: redirected from ${url.protocol} to ${next.protocol}, which is not followed`,
            response.status,
          );
        if (seen.has(next.href))
          throw new FetchGap(`${url.href}: redirects in a loop`, response.status);
        if (seen.size > limits.maxRedirects)
          throw new FetchGap(
            `${address}: more than ${limits.maxRedirects} redirects`,
            response.status,
          );
        url = next;
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        throw new FetchGap(`${url.href}: HTTP ${response.status}`, response.status);
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new FetchGap(
          `${url.href}: ${kib(declared)}, more than the ${kib(limits.maxBytes)} a list may have`,
          response.status,
        );
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (response.body)
        for await (const chunk of response.body) {
          size += chunk.byteLength;
          if (size > limits.maxBytes) {
            await response.body.cancel().catch(() => undefined);
            throw new FetchGap(
              `${url.href}: more than the ${kib(limits.maxBytes)} a list may have`,
              response.status,
            );
          }
          chunks.push(chunk);
        }
      return {
        url: url.href,
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        bytes: Buffer.concat(chunks),
      };
    }
  } catch (error) {
    if (error instanceof FetchGap) throw error;
    if (signal.aborted)
      throw new FetchGap(`${url.href}: no complete answer within ${limits.timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchGap(`${url.href}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
}

/**
 * Runs tasks with at most `parallel` at once and never two for the same host at once: a vendor's
 * server is asked one thing at a time.
 */
export async function onePerHost<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  task: (item: T) => Promise<R>,
  parallel = 4,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const busy = new Set<string>();
  const waiting = items.map((item, index) => ({ item, index }));
  let running = 0;
  return new Promise((resolve, reject) => {
    const next = () => {
      if (waiting.length === 0 && running === 0) return resolve(results);
      for (let i = 0; i < waiting.length && running < parallel;) {
        const { item, index } = waiting[i]!;
        const host = hostOf(item);
        if (busy.has(host)) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        busy.add(host);
        running += 1;
        task(item)
          .then((result) => {
            results[index] = result;
          })
          .then(() => {
            busy.delete(host);
            running -= 1;
            next();
          }, reject);
      }
    };
    next();
  });
}
