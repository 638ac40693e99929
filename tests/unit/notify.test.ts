import { describe, expect, it } from 'vitest';
import { chain, EMPTY_DIGEST, sendingOrder } from '../../src/lib/notify/send';
import { readSubscribers } from '../../src/lib/notify/subscribers';
import { webhooksFrom } from '../../src/lib/notify/webhooks';

const site = {
  locales: ['en', 'nl'] as const,
  defaultLocale: 'en' as const,
  products: ['app', 'web'],
};

describe('readSubscribers', () => {
  it('reads language and products, defaulting to the site language and every product', () => {
    const { subscribers, problems } = readSubscribers(
      '\uFEFFEmail,Language,Products\na@x.example,,\nb@x.example,nl,app; web\nc@x.example,en,all\n',
      { ...site, locales: [...site.locales] },
    );
    expect(problems).toEqual([]);
    expect(subscribers).toEqual([
      { address: 'a@x.example', language: 'en', products: undefined },
      { address: 'b@x.example', language: 'nl', products: ['app', 'web'] },
      { address: 'c@x.example', language: 'en', products: undefined },
    ]);
  });

  it('reports every bad row by line and column, and returns no subscriber then', () => {
    const { subscribers, problems } = readSubscribers(
      'email,language,products,name\na@x.example,en,\nA@X.example,en,\nb@x.example,fr,shop\n',
      { ...site, locales: [...site.locales] },
    );
    expect(subscribers).toEqual([]);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual([
      '1:name',
      '3:email',
      '4:language',
      '4:products',
    ]);
  });

  it('refuses a file without the email column', () => {
    expect(
      readSubscribers('address\na@x.example\n', { ...site, locales: [...site.locales] })
        .problems[0],
    ).toMatchObject({
      line: 1,
      column: '(header)',
    });
  });
});

describe('the ledger digest', () => {
  it('orders subscribers the same way whatever the order of the file, and chains their addresses', () => {
    const list = ['a@x.example', 'b@x.example', 'c@x.example'].map((address) => ({
      address,
      language: 'en' as const,
      products: undefined,
    }));
    expect(sendingOrder(list)).toEqual(sendingOrder([...list].reverse()));
    const digest = list.reduce((d, s) => chain(d, s.address), EMPTY_DIGEST);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(chain(EMPTY_DIGEST, 'A@X.example')).toBe(chain(EMPTY_DIGEST, 'a@x.example'));
    expect(list.reduce((d, s) => chain(d, s.address), EMPTY_DIGEST)).toBe(digest);
  });
});

describe('webhooksFrom', () => {
  it('reads plain, Slack and Teams URLs, keeping only a digest of each', () => {
    const hooks = webhooksFrom(
      'https://a.example/hook,\nslack:https://hooks.slack.com/x teams:https://t.example/y',
    );
    expect(hooks.map((h) => h.kind)).toEqual(['json', 'slack', 'teams']);
    expect(hooks.every((h) => /^[0-9a-f]{64}$/.test(h.target))).toBe(true);
    expect(() => webhooksFrom('ftp://a.example')).toThrow(/not an http\(s\) URL/);
    expect(webhooksFrom(undefined)).toEqual([]);
  });
});
