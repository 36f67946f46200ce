import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../../tests/utils/render';
import { server } from '@mocks/node';

describe('Sign-in page', () => {
  it('lists the test persons with their situation', async () => {
    renderApp({ path: '/inloggen' });
    expect(
      await screen.findByRole('button', { name: /Inloggen als Suzanne Moulin.*buitenlandse nationaliteit/i }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Jan Staart.*overleden/i })).toBeInTheDocument();
  });

  it('draws nothing below the list while it loads, so the list pushes nothing down (issue 16: CLS)', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holds the list back; returning nothing hands the request on to the gateway's own handler.
    server.use(
      http.get('*/api/auth/testpersonen', async () => {
        await held;
      }),
    );
    renderApp({ path: '/inloggen' });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.querySelector('main [role="status"]')).not.toBeNull());
    const main = screen.getByRole('main');
    expect(within(main).queryByRole('link', { name: /auditor/ })).toBeNull();
    expect(within(main).queryByRole('textbox')).toBeNull();
    release();
    expect(await within(main).findByRole('link', { name: /auditor/ })).toBeInTheDocument();
    expect(within(main).getByLabelText('Burgerservicenummer (BSN)')).toBeInTheDocument();
  });

  it.each([
    ['nothing', '', /Vul uw burgerservicenummer in/],
    ['letters', 'abcdefghi', /alleen uit cijfers/],
    ['8 digits', '12345678', /precies 9 cijfers\. U heeft er 8 ingevuld/],
    ['a failing 11-check', '999993654', /bestaat niet/],
    ['a script tag', '<script>alert(1)</script>', /veel te veel tekens/],
    ['10,000 characters', '9'.repeat(10_000), /veel te veel tekens/],
  ])('explains what is wrong with %s next to the field, and keeps the input', async (_name, input, message) => {
    const { user } = renderApp({ path: '/inloggen' });
    const field = await screen.findByLabelText('Burgerservicenummer (BSN)');
    if (input) {
      // paste: typing 10,000 characters one by one would only test the keyboard
      await user.click(field);
      await user.paste(input);
    }
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    const error = await screen.findByText(message, { selector: '#bsn-error' });
    expect(error).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringMatching(message));
    expect(field).toHaveValue(input);
    // the error summary links to the field
    const summary = screen.getByRole('alert', { name: 'Er is een probleem' });
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#bsn');
    expect(document.querySelector('script')).toBeNull();
  });

  it('says so when a valid BSN belongs to no test person', async () => {
    const { user } = renderApp({ path: '/inloggen' });
    const field = await screen.findByLabelText('Burgerservicenummer (BSN)');
    await user.type(field, '123456782');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(
      await screen.findByText('Er is geen testpersoon met dit burgerservicenummer.', { selector: '#bsn-error' }),
    ).toBeInTheDocument();
    expect(field).toHaveValue('123456782');
  });

  it('signs in with a typed BSN and shows the person behind sign-in', async () => {
    const { user, router } = renderApp({ path: '/inloggen' });
    await user.type(await screen.findByLabelText('Burgerservicenummer (BSN)'), '999993653');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/mijn-gegevens'));
    expect(await screen.findByText('Ingelogd als Suzanne Moulin')).toBeInTheDocument();
  });

  it('sends someone without a session from a protected page to sign-in', async () => {
    const { router } = renderApp({ path: '/mijn-gegevens/persoonsgegevens' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
  });

  it('switches language: the labels change and <html lang> follows', async () => {
    const { user } = renderApp({ path: '/inloggen' });
    await user.click(await screen.findByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByLabelText('Citizen service number (BSN)')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});
