import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';
import { BackToOverview } from '@/components/BackToOverview';
import { LoadingState } from '@/components/LoadingState';
import { PageHeading } from '@/components/Page';
import { RegistryDetailLoading, RegistryDetailTop } from '@/components/registry/RegistryDetailTop';
import { paths } from '@/config/paths';
import { registryBySlug, registryIds, type RegistryId } from '@/lib/registries';
import { sessionQuery } from '@/lib/session';
import { persoonsgegevensIntro } from '@/features/brp/components/intro';
import { logNotes, NotShown } from '@/features/verwerkingen/components/NotShown';
import { hasStoredDraft, steps } from '@/features/correcties/model/field';
import { StepTop } from '@/features/correcties/components/steps/StepTop';
import type * as CorrectieStart from '@/features/correcties/model/start';
import { holdShell, markShellPainted } from './shell-painted';

/**
 * What the shell shows in `main` while a page's code loads (the layout's Suspense fallback;
 * src/app/shell-painted.ts). For the pages a citizen opens most (the overview, Persoonsgegevens,
 * the log, a registry's detail page), it
 * draws the top of the page exactly as the page itself draws it while its data loads (same
 * elements, classes and texts), so the page replaces it without a visible change and the
 * citizen can start reading one download earlier (issue 16). Elsewhere: the loading state.
 *
 * A frame may need its page's i18n namespace (a few KB, asked here at once) or the session
 * (whose data it is): until both are in it shows the loading state, and only a complete frame
 * lets the page's own code start loading (`markShellPainted`), so the frame is painted first.
 * No focus handling and no <title> here: the page does both when it arrives.
 */
export function ShellFrame() {
  const { pathname } = useLocation();
  if (matchPath({ path: paths.overview, end: true }, pathname)) return <OverviewFrame />;
  if (matchPath({ path: paths.persoonsgegevens, end: true }, pathname)) return <PersoonsgegevensFrame />;
  if (matchPath({ path: paths.verwerkingen, end: true }, pathname)) return <LogFrame />;
  const correctie = matchPath({ path: paths.correctie, end: true }, pathname)?.params;
  if (correctie?.stap === 'wat') return <CorrectieStartFrame registry={correctie.registry} veld={correctie.veld} />;
  const registry = registryBySlug(matchPath({ path: paths.registry, end: true }, pathname)?.params.slug ?? '');
  // The BRP's slug is Persoonsgegevens' (above); any other registry has a detail page.
  if (registry && registry !== 'brp') return <RegistryFrame id={registry} />;
  return <Painted>{null}</Painted>;
}

/** Lets the page's code load once what is drawn here has been painted (or after 1.5 s regardless). */
function Painted({ when = true, children }: { when?: boolean; children: ReactNode }) {
  // Runs before the layout's own effect (children first): the layout then leaves it to us.
  useEffect(() => {
    if (when) {
      markShellPainted();
      return undefined;
    }
    const release = holdShell();
    const fallback = setTimeout(() => {
      release();
      markShellPainted();
    }, 1500);
    return () => {
      clearTimeout(fallback);
      release();
    };
  }, [when]);
  return children ?? <LoadingState />;
}

/** src/app/routes/OverviewRoute.tsx: texts from the bundled `common`. */
function OverviewFrame() {
  const { t } = useTranslation('common');
  return (
    <Painted>
      <PageHeading heading={t('overview.title')} lead={t('overview.lead')} />
      <LoadingState />
    </Painted>
  );
}

/** src/features/brp/components/PersoonsgegevensPage.tsx while the BRP answer is on its way. */
function PersoonsgegevensFrame() {
  const { t, ready } = useTranslation('brp', { useSuspense: false });
  const { t: tCommon } = useTranslation('common');
  const session = useQuery(sessionQuery());
  const complete = ready && session.isSuccess;
  if (!complete) return <Painted when={false}>{null}</Painted>;
  return (
    <Painted>
      <PageHeading heading={t('pagina.titel')} lead={persoonsgegevensIntro(t, session.data?.namens)} />
      <BackToOverview label={tCommon('detail.back')} />
      <LoadingState label={t('pagina.laden')} lines={6} />
    </Painted>
  );
}

/** src/features/verwerkingen/components/LogPage.tsx while the log is on its way. */
function LogFrame() {
  const { t, ready } = useTranslation('verwerkingen', { useSuspense: false });
  if (!ready) return <Painted when={false}>{null}</Painted>;
  return (
    <Painted>
      <PageHeading heading={t('title')} lead={t('lead')} />
      <NotShown notes={logNotes(t)} title={t('notShown.title')} more={t('notShown.more')} />
      <LoadingState label={t('loading')} lines={6} />
    </Painted>
  );
}

/** src/app/routes/RegistryDetailRoute.tsx while the registry's answer is on its way. */
function RegistryFrame({ id }: { id: RegistryId }) {
  const { t } = useTranslation('common');
  const { ready } = useTranslation(['views', id], { useSuspense: false });
  if (!ready) return <Painted when={false}>{null}</Painted>;
  return (
    <Painted>
      <PageHeading heading={t(`registries.${id}.name`)} lead={t(`registries.${id}.registry`)} />
      <RegistryDetailTop id={id} />
      <RegistryDetailLoading id={id} />
    </Painted>
  );
}

/**
 * The flow's start (model/start.ts, with the rule table): loaded next to the `correcties` texts,
 * once. Kept here when in, so that a frame mounted again (the session guard hands the frame on
 * when its chunk arrives) draws the field at once instead of a loading state for a frame.
 */
let correctieStartLoaded: typeof CorrectieStart | undefined;
function useCorrectieStart() {
  const [start, setStart] = useState(correctieStartLoaded);
  useEffect(() => {
    if (start) return undefined;
    let live = true;
    // Asked by each frame that has not got it (an import of a loaded module settles at once): a
    // promise kept from a failed or never-settled earlier load must not keep every later frame
    // in its loading state (browsers now fetch a failed module again, whatwg/html#10327).
    import('@/features/correcties/model/start').then(
      (module) => {
        correctieStartLoaded = module;
        if (live) setStart(module);
      },
      // The flow's own code reports it when it cannot load either; the frame just stays out.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [start]);
  return start;
}

/**
 * src/features/correcties/components/steps/WatStep.tsx (the flow's first question) for a request
 * that starts here: "Stap 1 van 6", the title, the way back and the field box. The field comes
 * from the link's state ("Klopt dit niet?") or, for a typed URL, is "a field in <registry>", as
 * the flow's own start (model/start.ts) makes it. When anything is kept for this field in
 * sessionStorage, only the flow's draft model can tell what (its schema, its owner, whether it
 * was sent): the frame does not guess and draws the loading state.
 */
function CorrectieStartFrame({ registry: rawRegistry, veld: rawVeld }: { registry?: string; veld?: string }) {
  const { state } = useLocation();
  const { t, ready } = useTranslation('correcties', { useSuspense: false });
  const { t: tCommon } = useTranslation('common');
  const start = useCorrectieStart();
  // As CorrectieFlow reads its URL.
  const registry: RegistryId | undefined = registryIds.find((id) => id === rawRegistry);
  let veld: string;
  try {
    veld = decodeURIComponent(rawVeld ?? '');
  } catch {
    veld = '';
  }
  if (!registry || !veld || veld.length > 200 || hasStoredDraft(registry, veld)) return <Painted>{null}</Painted>;
  if (!ready || !start) return <Painted when={false}>{null}</Painted>;
  const { label = t('onbekendGegeven', { registratie: tCommon(`registries.${registry}.name`) }), ...link } =
    start.linkStart(state);
  const field = { registry, veld, label, huidigeWaarde: link.value, onderwerp: link.onderwerp };
  return (
    <Painted>
      <PageHeading caption={t('stapVan', { stap: 1, totaal: steps.length })} heading={t('wat.titel')} />
      <StepTop draft={field} before={start.stepBefore('wat', { registry, veld, soort: link.soort })} />
      <LoadingState />
    </Painted>
  );
}
