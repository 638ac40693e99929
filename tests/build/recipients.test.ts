/**
 * Say only what is true, built and read as its users would: a recipient whose vendor did not
 * disclose where or how long, an advertising network as an independent controller, a category
 * of recipients, a joint controller, and a brand-new registry whose first list is `listed` today.
 * Each is checked on its page, in its CSV row (opened in LibreOffice), in the JSON and in the
 * feed and calendar as Debian's feedparser and icalendar read them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  cells,
  epochOf,
  libreoffice,
  prepareFixture,
  readWithRealClients,
  type ClientReading,
  pageText,
} from './helpers';

/** A page's text, with no space inside parentheses, as the assertions below write it. */
const textOf = (html: string) => pageText(html).replace(/\( /g, '(').replace(/ \)/g, ')');

describe('recipients that are not processors, facts not disclosed, a first list', () => {
  let dist: string;
  let output: string;
  let rows: Map<string, Record<string, string>>;
  let clients: ClientReading;
  const page = async (route: string) =>
    textOf(await readFile(path.join(dist, route, 'index.html'), 'utf8'));

  beforeAll(async () => {
    const dir = await prepareFixture('recipients', 'recipients');
    const result = await buildFixture(dir, { SOURCE_DATE_EPOCH: epochOf('2026-11-20') });
    expect(result.code, result.output).toBe(0);
    output = result.output;
    dist = path.join(dir, 'dist');
    const xlsx = await libreoffice(
      path.join(dist, 'subprocessors.csv'),
      'xlsx',
      path.join(dir, 'lo'),
    );
    const [sheet] = await cells(xlsx);
    const [header, ...body] = sheet!.rows.map((r) =>
      r.map((c) =>
        typeof c.value === 'string'
          ? c.value
          : c.value === null || c.value === undefined
            ? ''
            : JSON.stringify(c.value),
      ),
    );
    rows = new Map(
      body.map((r) => [r[0]!, Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))]),
    );
    clients = await readWithRealClients(dist);
  }, 180_000);

  it('builds a first list recorded today with no warning about notice', () => {
    expect(output).not.toMatch(/notice-too-short|listed-|deadline-/);
    // A processor whose vendor did not say where: a warning, not an error.
    expect(output).toContain('[recipient-not-disclosed]');
  });

  it('says "not disclosed by the vendor" on the page, and never that the data stays in the EEA', async () => {
    const text = await page('processors/vague-vendor');
    expect(text).toContain('Vague Corp (Not disclosed by the vendor)');
    expect(text).toContain(
      'Not disclosed by the vendor (Asked their support on 2026-11-02; no answer yet.)',
    );
    expect(text).toContain('this list cannot say whether it leaves the EEA');
    expect(text).not.toContain('in the EEA.');
    expect(text).not.toMatch(/Its own sub-processors None/);
    expect(text).toContain('Its own sub-processors Not disclosed by the vendor');
  });

  it('says so in the CSV row too', () => {
    const row = rows.get('Vague Vendor')!;
    expect(row['Entity country']).toBe('not disclosed by the vendor');
    expect(row['Processing countries']).toBe(
      'not disclosed by the vendor (Asked their support on 2026-11-02; no answer yet.)',
    );
    // Where the data goes is not given, so neither is whether it leaves the EEA.
    expect(row['Transfer safeguards']).toBe(
      'not every location is given, so this list cannot say whether data leaves the EEA',
    );
    expect(row['Retention']).toBe('Not disclosed by the vendor');
    expect(row['Sub-processor list of the vendor']).toBe('not disclosed by the vendor');
  });

  it('and in the JSON, as notDisclosed rather than a guess', async () => {
    const doc = JSON.parse(await readFile(path.join(dist, 'subprocessors.json'), 'utf8')) as {
      processors: Record<string, unknown>[];
    };
    const vague = doc.processors.find((p) => p['id'] === 'vague-vendor')!;
    expect(vague['legalEntity']).toEqual({ name: 'Vague Corp', country: { notDisclosed: true } });
    const [activity] = vague['activities'] as Record<string, unknown>[];
    expect(activity!['processing']).toEqual({
      notDisclosed: true,
      note: 'Asked their support on 2026-11-02; no answer yet.',
    });
    expect(vague['transfers']).toEqual([]);
  });

  it('shows an advertising network as an independent controller under SCC module 1', async () => {
    const text = await page('processors/ad-network');
    expect(text).toContain('Role Independent controller');
    expect(text).toContain('Lawful basis Consent (Art. 6(1)(a) GDPR)');
    expect(text).toContain('SCC module 1');
    expect(text).not.toContain('Data processing agreement');
    const row = rows.get('AdNetwork')!;
    expect(row['Role']).toBe('Independent controller');
    expect(row['Lawful basis']).toBe('Consent (Art. 6(1)(a) GDPR)');
    expect(row['Transfer safeguards']).toBe(
      'United States (US): Standard contractual clauses (2021/914) module 1',
    );
    expect(output).not.toContain('[scc-module-unexpected]');
  });

  it('publishes its addition without an objection window, a banner or a deadline', async () => {
    const text = await page('changes/2026-11-20-ad-network-added');
    expect(text).toContain('Objections The right to object');
    expect(text).toMatch(
      /What this change brings .* AdNetwork AdNetwork, Inc\. Independent controller Website analytics/,
    );
    expect(text).toContain(
      'concerns sub-processors of our customers’ data; this change concerns none',
    );
    expect(text).not.toContain('Object to this change');
    const overview = await page('');
    expect(overview).toContain('No change is open for objection right now.');
    const feed = clients.feeds['/changes.rss']!;
    const item = feed.entries.find((e) => e.link.includes('ad-network-added'))!;
    expect(item.text).toContain(
      'Concerns no sub-processor of customers’ data; no objection period.',
    );
    const uids = clients.calendars['/changes.ics']!.events.map((e) => e.uid);
    expect(uids.some((uid) => uid.startsWith('2026-11-20-ad-network-added.effective@'))).toBe(true);
    expect(uids.some((uid) => uid.includes('.deadline@'))).toBe(false);
  });

  it('lists "tax authorities" as a category of recipients, with no legal entity', async () => {
    const text = await page('processors/tax-authorities');
    expect(text).toContain('Role Category of recipients');
    expect(text).toContain('A category of recipients: no single company is named.');
    expect(text).toContain('Lawful basis Legal obligation (Art. 6(1)(c) GDPR)');
    const row = rows.get('Tax authorities')!;
    expect(row['Legal entity']).toBe('');
    expect(row['Role']).toBe('Category of recipients');
  });

  it('shows a joint controller with its Art. 26 arrangement', async () => {
    const text = await page('processors/partner');
    expect(text).toContain(
      'Joint-controller arrangement (Art. 26 GDPR) Joint newsletter arrangement',
    );
    expect(rows.get('Partner')!['Joint-controller arrangement']).toBe(
      'Joint newsletter arrangement',
    );
    expect(rows.get('Partner')!['Arrangement link']).toBe('https://partner.example/art-26');
  });

  it('says a first-listed recipient has been on the list since the log began', async () => {
    expect(await page('processors/eu-host')).toContain(
      'On the list since the change log began (20 November 2026).',
    );
    const text = await page('changes/2026-01-01-us-mailer-added');
    expect(text).toContain('there was no notice period and there is nothing to object to');
  });

  it('groups the overview by role, each explained, with counts that agree with browse', async () => {
    const overview = await page('');
    for (const [role, count] of [
      ['Sub-processors', 3],
      ['Processors', 1],
      ['Independent controllers', 1],
      ['Joint controllers', 1],
      ['Categories of recipients', 1],
    ] as const)
      expect(overview).toContain(`${role} (${count})`);
    expect(overview).toContain('decide for themselves why and how they process it');
    const browse = await page('browse');
    expect(browse).toContain('Sub-processor (3)');
    expect(browse).toContain('Independent controller (1)');
  });

  it('shows on the US page each recipient’s own US safeguard, never another country’s', async () => {
    const text = await page('browse/country/us');
    expect(text).toMatch(
      /Cache .*United States: Standard contractual clauses \(2021\/914\) \(Third country, with safeguards\)/,
    );
    expect(text).not.toMatch(/Cache [^]*?United States: Adequacy/);
    expect(text).not.toContain('Adequate country');
    expect(text).toContain(
      'EU adequacy decision (EU) 2023/1795 It covers only organisations certified under the EU-US Data Privacy Framework',
    );
    const processorPage = await page('processors/cache');
    expect(processorPage).toContain('Israel Covered by an adequacy decision');
    expect(processorPage).toContain('this transfer does not rely on it');
  });

  it('names the publisher’s own facts: phone, DPO mailbox, representative, certification', async () => {
    const overview = await page('');
    expect(overview).toContain('Phone: +31 20 555 0100.');
    expect(overview).toMatch(/Data protection officer: dpo@fixture\.example ?\./);
    expect(overview).toContain(
      'Representative in the UK (Art. 27 UK GDPR): Fixture UK Rep Ltd, uk-rep@fixture.example.',
    );
    expect(overview).toContain(
      'Our own certifications: Certified under the EU-US Data Privacy Framework.',
    );
  });
});
