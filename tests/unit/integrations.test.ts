import { describe, expect, it } from 'vitest';
import { brandCss, embedHeaders, resolveOptions } from '../../src/integrations/options';
import { sectionGlob } from '../../src/integrations/pagefind';

describe('sectionGlob', () => {
  it('names the indexed folders at the root and under every other language', () => {
    expect(sectionGlob(['processors', 'changes'], ['en'], 'en')).toBe(
      '{processors,changes}/**/*.html',
    );
    expect(sectionGlob(['processors', 'changes'], ['en', 'nl'], 'en')).toBe(
      '{processors,changes,nl/processors,nl/changes}/**/*.html',
    );
    expect(sectionGlob(['processors'], ['en', 'nl'], 'nl')).toBe(
      '{en/processors,processors}/**/*.html',
    );
  });
});

describe('processorRegistry() options', () => {
  it('takes no options: the registry’s own colours, no logo, no CSS of the company’s', () => {
    const options = resolveOptions(undefined);
    expect(options.customCss).toEqual([]);
    expect(brandCss(options)).toContain('--brand: #1d4f91; --brand-ink: #ffffff; --link: #1d4f91;');
  });

  it('names an unknown option and the ones there are', () => {
    expect(() => resolveOptions({ colours: {} })).toThrow(
      /"colours" is no option here: the options are logo, colors, customCss, embed, routes, components\./,
    );
    expect(() => resolveOptions({ colors: { primary: '#000' } })).toThrow(
      /colors: "primary" is no option here: the options are brand, brandText, link, brandDark, linkDark\./,
    );
  });

  it('names a page that cannot be left out, and why; leaves every page in by default', () => {
    expect(() => resolveOptions({ routes: { changes: false } })).toThrow(
      /routes\.changes: cannot be left out: the change log is how customers learn of a change in advance and can object \(GDPR Art\. 28\(2\)\)\. The pages a site may leave out are search, browse, az, embed, reference\./,
    );
    expect(() => resolveOptions({ routes: { serach: false } })).toThrow(
      /routes: "serach" is no option here: the options are search, browse, az, embed, reference\./,
    );
    expect(() => resolveOptions({ routes: { search: 'no' } })).toThrow(/routes\.search: /);
    expect(resolveOptions({}).routes).toEqual({
      search: true,
      browse: true,
      az: true,
      embed: true,
      reference: true,
    });
  });

  it('names a part that cannot be replaced, and the parts that can', () => {
    expect(() => resolveOptions({ components: { Sidebar: 'src/Sidebar.astro' } })).toThrow(
      /components: "Sidebar" is no option here: the options are Header, Footer, OverviewIntro, ProcessorFacts, ProcessorActivity, ProcessorTransfers, ProcessorChain, ProcessorAssessment, ProcessorOtherFacts, ProcessorNotes, ProcessorHistory\./,
    );
  });

  it('names a colour that is none, and a logo without its text alternative', () => {
    expect(() => resolveOptions({ colors: { brand: 'corporate blue' } })).toThrow(
      /colors\.brand: is not a CSS colour: write one such as #1d4f91/,
    );
    expect(() => resolveOptions({ logo: { light: 'logo.svg', alt: '' } })).toThrow(
      /logo\.alt: give the logo a text alternative/,
    );
  });

  it('refuses a brand colour without WCAG AA contrast, naming both colours and the ratio', () => {
    expect(() => resolveOptions({ colors: { link: '#7fb3ff' } })).toThrow(
      /colors\.link #7fb3ff against the page background #ffffff: contrast 2\.14:1, below the 4\.5:1/,
    );
    expect(() => resolveOptions({ colors: { brand: '#ffcc00' } })).toThrow(
      /colors\.brandText #ffffff against colors\.brand #ffcc00: contrast 1\.\d\d:1/,
    );
    // Any CSS colour is read; the sheet holds it as hex.
    const options = resolveOptions({ colors: { brand: 'rgb(11 110 79)', link: 'darkgreen' } });
    expect(brandCss(options)).toContain('--brand: #0b6e4f; --brand-ink: #ffffff; --link: #006400;');
  });
});

describe('the embeddable list’s frame ancestors', () => {
  it('are none unless named, and must be https origins', () => {
    expect(embedHeaders(resolveOptions({}), '/', [''])).toBe('');
    expect(() => resolveOptions({ embed: { frameAncestors: ['acme.example/legal'] } })).toThrow(
      /embed\.frameAncestors\.0: write an origin such as https:\/\/www\.acme\.example/,
    );
  });

  it('are written for each language’s embed pages, under the base path, per host', () => {
    const netlify = resolveOptions({ embed: { frameAncestors: ['https://www.acme.example'] } });
    expect(embedHeaders(netlify, '/legal/subprocessors', ['', 'nl']).split('\n')).toEqual([
      '/legal/subprocessors/embed/*',
      expect.stringMatching(
        /^ {2}Content-Security-Policy: .*; frame-ancestors https:\/\/www\.acme\.example$/,
      ),
      '/legal/subprocessors/nl/embed/*',
      expect.stringMatching(/frame-ancestors https:\/\/www\.acme\.example$/),
    ]);
    const cloudflare = resolveOptions({
      embed: {
        frameAncestors: ['https://a.example', 'https://b.example:8443'],
        host: 'cloudflare',
      },
    });
    expect(embedHeaders(cloudflare, '/', ['']).split('\n')).toEqual([
      '/embed/*',
      '  ! Content-Security-Policy',
      expect.stringMatching(/frame-ancestors https:\/\/a\.example https:\/\/b\.example:8443$/),
    ]);
  });
});
