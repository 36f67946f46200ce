import { Button } from './Button';

export type BarListItem = { value: string; label: string; count: number };

type Props = {
  items: readonly BarListItem[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** Numbers in the reader's language. */
  number: Intl.NumberFormat;
  /** "3 verwerkingen": the count as a sentence, for the accessible name. */
  countText: (count: number) => string;
  /** When given, each bar is a button that filters on its value. */
  onPick?: (value: string) => void;
  /** "Filter de lijst op …": the action, for the accessible name. */
  pickText?: (label: string) => string;
};

/**
 * A ranked bar chart in HTML (issue 19): the label is real text above its bar, so it wraps on a
 * phone instead of being cut off ("Centraal Justitieel Incasso…") or printed over its
 * neighbour, grows with the reader's font size and zoom, and each bar is a real button, usable
 * by keyboard and screen reader without a separate table twin. Bars scale to the largest count.
 */
export function BarList({ items, labelledBy, number, countText, onPick, pickText }: Props) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return (
    <ol className="mg-barlist" aria-labelledby={labelledBy}>
      {items.map((item) => {
        const content = (
          <>
            <span className="mg-barlist__label">{item.label}</span>
            <span className="mg-barlist__row" aria-hidden="true">
              <span className="mg-barlist__track">
                <span className="mg-barlist__bar" style={{ inlineSize: `${(item.count / max) * 100}%` }} />
              </span>
              <span className="mg-barlist__count">{number.format(item.count)}</span>
            </span>
          </>
        );
        return (
          <li key={item.value} className="mg-barlist__item">
            {onPick ? (
              <Button
                appearance="subtle"
                className="mg-barlist__button"
                aria-label={`${item.label}: ${countText(item.count)}. ${pickText?.(item.label) ?? ''}`.trim()}
                onClick={() => onPick(item.value)}
              >
                {content}
              </Button>
            ) : (
              <span className="mg-barlist__static">
                {content}
                <span className="mg-visually-hidden">{countText(item.count)}</span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
