/**
 * npm run init: the content of a new registry from a company's answers, a minimal valid
 * content/ (the organisation and one product) that builds at once. Pure: it checks the answers
 * and returns the files to write; scripts/init.ts asks, moves the example away and writes.
 */
import { stringify } from 'yaml';
import { LOCALES, type Locale } from '../../i18n';
import { checkCountryCode } from '../../core/countries';
import { slugId } from '../../core/slug';
import { schemaLine } from './editor';
import { SCHEMA_VERSION } from '../../schemas/organization';

/** What npm run init asks, each with the option that answers it in a script. */
export const INIT_QUESTIONS = [
  { key: 'legalName', option: 'legal-name', ask: 'Registered legal name (e.g. Acme B.V.)' },
  { key: 'tradeName', option: 'trade-name', ask: 'Name customers know you by' },
  { key: 'street', option: 'street', ask: 'Street and number' },
  { key: 'postalCode', option: 'postal-code', ask: 'Postal code' },
  { key: 'city', option: 'city', ask: 'City' },
  { key: 'country', option: 'country', ask: 'Country (ISO code, e.g. NL)' },
  { key: 'privacyContact', option: 'privacy-contact', ask: 'E-mail address for privacy questions' },
  {
    key: 'objectionAddress',
    option: 'objection-address',
    ask: 'E-mail address customers send objections to',
  },
  { key: 'siteUrl', option: 'site-url', ask: 'Address the trust center will be published at' },
  {
    key: 'locales',
    option: 'languages',
    ask: `Languages of the site, comma-separated (${LOCALES.join(', ')})`,
  },
  { key: 'defaultLocale', option: 'default-language', ask: 'Default language' },
  {
    key: 'noticePeriodDays',
    option: 'notice-days',
    ask: 'Days of notice you promise before a new sub-processor starts (GDPR Art. 28(2)); none if you promise no minimum, not-stated if your terms do not say',
  },
  { key: 'product', option: 'product', ask: 'Your product or service, as customers name it' },
] as const;

export type InitAnswers = Record<(typeof INIT_QUESTIONS)[number]['key'], string>;

/** What a question's answer defaults to, from the answers before it; undefined: it must be given. */
export function defaultAnswer(
  key: keyof InitAnswers,
  answers: Partial<InitAnswers>,
): string | undefined {
  switch (key) {
    case 'tradeName':
      return answers.legalName
        ?.replace(
          /[\s,]+(B\.?V\.?|N\.?V\.?|GmbH|AG|Ltd\.?|Limited|Inc\.?|LLC|S\.?A\.?|SAS|SARL)$/i,
          '',
        )
        .trim();
    case 'objectionAddress':
      return answers.privacyContact;
    case 'locales':
      return 'en';
    case 'defaultLocale':
      return answers.locales?.split(',')[0]?.trim();
    default:
      return undefined;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with an answer, as a sentence saying what to write instead; undefined when it is fine. */
export function answerProblem(key: keyof InitAnswers, value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'give an answer';
  switch (key) {
    case 'country': {
      const check = checkCountryCode(text.toUpperCase());
      return check.ok ? undefined : `"${text}" is not a country code: ${check.hint}`;
    }
    case 'privacyContact':
    case 'objectionAddress':
      return EMAIL.test(text) ? undefined : `"${text}" is not an e-mail address`;
    case 'siteUrl':
      return /^https:\/\/[^\s/]+/.test(text)
        ? undefined
        : `"${text}" is not an https:// address, e.g. https://trust.example.com`;
    case 'locales': {
      const unknown = text
        .split(',')
        .map((code) => code.trim())
        .filter((code) => !(LOCALES as readonly string[]).includes(code));
      return unknown.length
        ? `${unknown.join(', ')}: write one of ${LOCALES.join(', ')}`
        : undefined;
    }
    case 'defaultLocale':
      return (LOCALES as readonly string[]).includes(text)
        ? undefined
        : `write one of ${LOCALES.join(', ')}`;
    case 'noticePeriodDays':
      return /^(\d+|none|not-stated)$/.test(text)
        ? undefined
        : 'write a whole number of days, e.g. 30; none if you promise no minimum; not-stated if your terms do not say';
    default:
      return undefined;
  }
}

/** Every problem with a full set of answers, including between them; empty when they are fine. */
export function answersProblems(answers: InitAnswers): string[] {
  const problems = INIT_QUESTIONS.flatMap(({ key, option }) => {
    const problem = answerProblem(key, answers[key]);
    return problem ? [`--${option}: ${problem}`] : [];
  });
  const locales = answers.locales.split(',').map((code) => code.trim());
  if (!locales.includes(answers.defaultLocale.trim()))
    problems.push(`--default-language: ${answers.defaultLocale} is not among --languages`);
  return problems;
}

/** The files of the new content folder, by path relative to it. */
export function initialContent(answers: InitAnswers): Map<string, string> {
  const locales = [...new Set(answers.locales.split(',').map((code) => code.trim() as Locale))];
  const defaultLocale = answers.defaultLocale.trim() as Locale;
  const organization = {
    schemaVersion: SCHEMA_VERSION,
    legalName: answers.legalName.trim(),
    tradeName: answers.tradeName.trim(),
    address: {
      street: answers.street.trim(),
      postalCode: answers.postalCode.trim(),
      city: answers.city.trim(),
      country: answers.country.trim().toUpperCase(),
    },
    privacyContact: answers.privacyContact.trim(),
    siteUrl: answers.siteUrl.trim(),
    // A number of days, none (no minimum promised) or not-stated: never a number nobody gave.
    noticePeriodDays: /^\d+$/.test(answers.noticePeriodDays.trim())
      ? Number(answers.noticePeriodDays)
      : answers.noticePeriodDays.trim(),
    objectionAddress: answers.objectionAddress.trim(),
    defaultLocale,
    locales: [defaultLocale, ...locales.filter((code) => code !== defaultLocale)],
  };
  const product = answers.product.trim();
  const productId = slugId(product, 'product');
  return new Map([
    [
      'organization.yaml',
      `${schemaLine('organization', 0)}
# Who publishes this trust center. Every field is explained in docs/reference.md.
${stringify(organization, { lineWidth: 0 })}`,
    ],
    [
      `products/${productId}.yaml`,
      `${schemaLine('product', 1)}
# A product or service your recipients serve: processors name it in their products list.
${stringify({ name: product, description: `${product}: the recipients that process its customers' data.`, order: 1 }, { lineWidth: 0 })}`,
    ],
    // Empty folders, kept in version control: processors and changes go here.
    ['processors/.gitkeep', ''],
    ['changes/.gitkeep', ''],
  ]);
}
