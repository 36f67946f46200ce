import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

type PageProps = {
  /** Becomes the <h1> and the document title. */
  title: string;
  /** The <h1> when it needs markup (e.g. a part in another language, `lang`); `title` stays the document title. */
  heading?: ReactNode;
  lead?: ReactNode;
  /** A line above the heading, e.g. "Stap 2 van 6"; also in the document title. */
  caption?: string;
  children?: ReactNode;
};

let firstRender = true;

/**
 * Every route renders one Page: it sets <title> (React 19 hoists it to <head>) and, after a
 * client-side navigation, moves focus to the <h1> so screen-reader and keyboard users start
 * at the new content instead of at the link they clicked.
 */
export function Page({ title, heading, lead, caption, children }: PageProps) {
  const { t } = useTranslation('common');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The path, not the location key: a filter written to the search params (replace) is the
  // same page, and moving focus then would pull it out of the field being typed in.
  const { pathname } = useLocation();

  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    headingRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <title>{`${title}${caption ? ` (${caption})` : ''} | ${t('appName')}`}</title>
      <PageHeading caption={caption} heading={heading ?? title} lead={lead} headingRef={headingRef} />
      {children}
    </>
  );
}

/**
 * The top of a page: caption, <h1>, lead. Page draws it; the shell's frame of a page
 * (src/app/ShellFrame.tsx) draws the same before the page's code is there, without Page's
 * focus handling and <title>.
 */
export function PageHeading({
  caption,
  heading,
  lead,
  headingRef,
}: {
  caption?: string | undefined;
  heading: ReactNode;
  lead?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <>
      {caption ? <p className="utrecht-paragraph mg-page-caption">{caption}</p> : null}
      <h1 ref={headingRef} tabIndex={-1} className="utrecht-heading-1 mg-page-title">
        {heading}
      </h1>
      {lead ? <p className="utrecht-paragraph utrecht-paragraph--lead">{lead}</p> : null}
    </>
  );
}
