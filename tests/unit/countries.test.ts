import { describe, expect, it } from 'vitest';
import { EEA, adequacyOn, checkCountryCode, countryName } from '../../src/core/countries';
import { decisionsOn } from '../../src/law';
import { regionOf } from '../../src/core/locations';

describe('regionOf', () => {
  it('puts the EU-27 and Iceland, Liechtenstein and Norway in the EEA', () => {
    expect(EEA.size).toBe(30);
    for (const code of ['NL', 'DE', 'IE', 'IS', 'LI', 'NO'])
      expect(regionOf(code, '2026-01-01')).toBe('eea');
    expect(regionOf('CH', '2026-01-01')).not.toBe('eea');
  });

  it('treats a country with an adequacy decision in force as adequate', () => {
    for (const code of ['CH', 'JP', 'KR', 'IL', 'NZ', 'UY', 'GB', 'CA'])
      expect(regionOf(code, '2026-06-01')).toBe('adequate');
  });

  it('counts a US transfer as adequate only when the recipient relies on its DPF certification', () => {
    expect(regionOf('US', '2026-01-01', ['scc'])).toBe('third-country');
    expect(regionOf('US', '2026-01-01', ['dpf', 'scc'])).toBe('adequate');
    expect(regionOf('US', '2023-07-09', ['dpf'])).toBe('no-safeguard');
    expect(regionOf('US', '2023-07-09', ['dpf', 'scc'])).toBe('third-country');
  });

  it('counts only EU safeguards: a UK or Swiss instrument alone does not cover EU data', () => {
    expect(regionOf('IN', '2026-01-01', ['uk-idta'])).toBe('no-safeguard');
    expect(regionOf('IN', '2026-01-01', ['swiss-scc', 'scc'])).toBe('third-country');
  });

  it('calls a transfer with only an Art. 49 derogation one with no safeguard', () => {
    expect(regionOf('IN', '2026-01-01', ['derogation'])).toBe('no-safeguard');
    expect(regionOf('IN', '2026-01-01', ['derogation', 'bcr'])).toBe('third-country');
    expect(regionOf('IN', '2026-01-01')).toBe('no-safeguard');
  });

  it('respects the dates of a decision: Brazil from 2026, the UK until 2031-12-27', () => {
    expect(regionOf('BR', '2025-12-31', ['scc'])).toBe('third-country');
    expect(regionOf('BR', '2026-02-01')).toBe('adequate');
    expect(adequacyOn('GB', '2031-12-27')?.amendedBy?.number).toBe('(EU) 2025/2574');
    expect(regionOf('GB', '2031-12-28', ['scc'])).toBe('third-country');
  });

  it('under UK and Swiss law, reads their own tables: Japan is approved by the UK, not by Switzerland', () => {
    expect(regionOf('JP', '2026-06-01', ['uk-adequacy'], 'uk')).toBe('adequate');
    expect(regionOf('JP', '2026-06-01', ['swiss-adequacy'], 'ch')).toBe('no-safeguard');
    expect(regionOf('MC', '2026-06-01', [], 'ch')).toBe('adequate');
    expect(regionOf('MC', '2026-06-01', [], 'uk')).toBe('no-safeguard');
    // The US: only a recipient that joined the UK Extension or the Swiss-US DPF.
    expect(regionOf('US', '2026-06-01', ['uk-adequacy'], 'uk')).toBe('no-safeguard');
    expect(regionOf('US', '2026-06-01', ['uk-dpf-extension'], 'uk')).toBe('adequate');
    expect(regionOf('US', '2024-09-14', ['swiss-dpf'], 'ch')).toBe('no-safeguard');
    expect(regionOf('US', '2024-09-15', ['swiss-dpf'], 'ch')).toBe('adequate');
  });

  it('has no adequacy for Australia, India or China', () => {
    for (const code of ['AU', 'IN', 'CN'])
      expect(regionOf(code, '2026-01-01', ['scc'])).toBe('third-country');
  });

  it('lists every decision of PRODUCT.md once, the European Patent Organisation among them', () => {
    const countries = decisionsOn('eu', '2026-12-01').map((d) => d.destination);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries.sort()).toEqual([
      'AD',
      'AR',
      'BR',
      'CA',
      'CH',
      'EPO',
      'FO',
      'GB',
      'GG',
      'IL',
      'IM',
      'JE',
      'JP',
      'KR',
      'NZ',
      'US',
      'UY',
    ]);
  });
});

describe('checkCountryCode', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes', () => {
    for (const code of ['NL', 'US', 'GB', 'IE'])
      expect(checkCountryCode(code)).toEqual({ ok: true });
  });

  it('says what to write for common mistakes', () => {
    expect(checkCountryCode('UK')).toEqual({ ok: false, hint: 'write GB' });
    expect(checkCountryCode('EU')).toMatchObject({
      ok: false,
      hint: expect.stringContaining('one code per EU country'),
    });
    expect(checkCountryCode('nl')).toMatchObject({
      ok: false,
      hint: expect.stringContaining('capitals'),
    });
    expect(checkCountryCode('AN')).toMatchObject({ ok: false });
    expect(checkCountryCode('USA')).toMatchObject({ ok: false });
  });
});

describe('countryName', () => {
  it('names countries in the reader’s language', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('US', 'nl')).toBe('Verenigde Staten');
  });
});
