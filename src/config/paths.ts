/** Every route path in one place; Dutch, as citizens see them. */
export const paths = {
  home: '/mijn-gegevens/persoonsgegevens',
  signIn: '/inloggen',
  persoonsgegevens: '/mijn-gegevens/persoonsgegevens',
  auditor: '/auditor',
} as const;
