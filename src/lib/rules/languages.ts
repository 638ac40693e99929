/** Rules on text in several languages and on translated notes: the site must be able to show them. */
import { LOCALES, type Locale } from '../../i18n';
import { rule } from './rule';

export interface LanguageProblem {
  field: string;
  message: string;
}

const isLocalTextObject = (
  value: unknown,
  known: readonly string[],
): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => known.includes(key) && typeof text === 'string');

/**
 * Texts given per language in one entry's data that the site cannot show: a language the site is
 * not published in, or no text in the default language to fall back on.
 */
export function languageProblems(
  data: unknown,
  allLocales: readonly string[],
  siteLocales: readonly Locale[],
  defaultLocale: Locale,
): LanguageProblem[] {
  const problems: LanguageProblem[] = [];
  const walk = (value: unknown, field: string) => {
    if (isLocalTextObject(value, allLocales)) {
      for (const code of Object.keys(value)) {
        if (!siteLocales.includes(code as Locale)) {
          problems.push({
            field: `${field}.${code}`,
            message: `the site is not published in "${code}": add ${code} to locales in organization.yaml, or remove this text`,
          });
        }
      }
      if (value[defaultLocale] === undefined) {
        problems.push({
          field,
          message: `give the text in ${defaultLocale} too, the default language, which readers of a missing translation see: { ${defaultLocale}: …, ${Object.keys(value).join(': …, ')}: … }`,
        });
      }
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${field}[${i}]`));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) walk(item, field ? `${field}.${key}` : key);
  };
  walk(data, '');
  return problems;
}

export const textLanguage = rule({
  id: 'text-language',
  level: 'error',
  locked: true,
  reason:
    'Text given per language must be in a language the site is published in, and in the default language, which readers of a missing translation see.',
  stage: 'references',
  check: ({ source }, report) => {
    const { locales, defaultLocale } = source.organization;
    for (const { id, file, data } of [
      ...source.products,
      ...source.processors,
      ...source.changes,
    ]) {
      for (const problem of languageProblems(data, LOCALES, locales, defaultLocale)) {
        report({ file: file ?? `products/${id}`, ...problem });
      }
    }
  },
});

export const translationMisplaced = rule({
  id: 'translation-misplaced',
  level: 'error',
  locked: true,
  reason:
    'Translated notes live at translations/<language>/processors/<processor id>.md, for a published language.',
  stage: 'references',
  check: ({ source }, report) => {
    const { locales, defaultLocale } = source.organization;
    const processorIds = new Set(source.processors.map((p) => p.id));
    for (const { id, file } of source.translations ?? []) {
      const [code, kind, processor] = id.split('/');
      const problem = (message: string) => report({ file, field: '(file)', message });
      if (!code || !locales.includes(code as Locale) || code === defaultLocale) {
        const others = locales.filter((l) => l !== defaultLocale).join(', ') || 'none yet';
        problem(
          `put translations under translations/<language>/, for a language in locales other than the default (${defaultLocale}): ${others}`,
        );
      } else if (kind !== 'processors' || !processor || id.split('/').length !== 3) {
        problem(
          `only processor notes are translated this way: write translations/${code}/processors/<processor id>.md`,
        );
      } else if (!processorIds.has(processor)) {
        problem(
          `"${processor}" is not a processor: name the file after one in content/processors/`,
        );
      }
    }
  },
});
