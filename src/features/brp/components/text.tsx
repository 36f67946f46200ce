import { useCallback } from 'react';
import type { TFunction, TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/lib/i18n';
import type { Text } from '../model/types';

/** The app's language as the mappers know it ("en-GB" → "en"; anything else → Dutch, the source). */
export function toLanguage(language: string | undefined): Language {
  return language?.startsWith('en') ? 'en' : 'nl';
}

/**
 * Turns a view-model Text into a plain string. Registry values stay strings that React renders
 * as text (never as HTML); our own words go through i18next.
 */
export function resolveText(t: TFunction<'brp'>, value: Text): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'lines':
      return value.lines.map((line) => resolveText(t, line)).join('\n');
    case 'key': {
      if (!value.values) return t(value.key);
      const values = Object.fromEntries(Object.entries(value.values).map(([name, v]) => [name, resolveText(t, v)]));
      // The key is a union, so i18next cannot check the placeholders per key; the mapper
      // tests and the NL/EN key test cover them instead.
      return t(value.key, values as TOptions);
    }
  }
}

export function useResolveText(): (value: Text) => string {
  const { t } = useTranslation('brp');
  return useCallback((value: Text) => resolveText(t, value), [t]);
}

/** Like `useResolveText`, but keeps the lines of an address on their own lines. */
export function TextValue({ value }: { value: Text }) {
  const resolve = useResolveText();
  if (value.kind !== 'lines') return <>{resolve(value)}</>;
  return (
    <>
      {value.lines.map((line, index) => (
        // The lines are a fixed, ordered list without ids: the index is their identity.
        <span key={index} className="mg-brp-line">
          {resolve(line)}
        </span>
      ))}
    </>
  );
}
