import type { TFunction } from 'i18next';

/**
 * The lead of Persoonsgegevens: about "you", or, while acting for someone else (issue 14), about
 * them by name. One place for the page and the shell's frame of it (src/app/ShellFrame.tsx).
 */
export function persoonsgegevensIntro(t: TFunction<'brp'>, namens: { naam: string } | undefined): string {
  return namens ? t('pagina.introNamens', { naam: namens.naam }) : t('pagina.intro');
}
