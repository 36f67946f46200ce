import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** The way back to the overview, as its own paragraph (detail pages, the end of a correction). */
export function BackToOverview({ label }: { label: string }) {
  return (
    <p className="utrecht-paragraph">
      <Link className="utrecht-link" to={paths.overview}>
        {label}
      </Link>
    </p>
  );
}
