import en from '../../public/_locales/en/messages.json';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}
const api =
  (globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } }).chrome?.i18n ??
  (globalThis as { browser?: { i18n?: I18nApi } }).browser?.i18n;

const english = en as Record<string, { message: string }>;

/**
 * A UI string. In the extension the browser picks the user's language from _locales; in tests
 * and outside the extension the bundled English is used, with the same $1 substitutions.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const fromBrowser = api?.getMessage(key, substitutions);
  if (fromBrowser) return fromBrowser;
  const subs =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const message = english[key]?.message ?? key;
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
