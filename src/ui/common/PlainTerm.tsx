import { useId, type ReactNode } from 'react';

/**
 * Plain words on the screen, with the formal term they stand for in a tooltip that opens on hover and
 * on keyboard focus (and is read out as the description), for readers who meet the term elsewhere.
 */
export function PlainTerm({ term, children }: { term: string; children?: ReactNode }) {
  const id = useId();
  return (
    <span className="gz-term" tabIndex={0} aria-describedby={id}>
      {children}
      <span role="tooltip" id={id} className="gz-term-tip">
        {term}
      </span>
    </span>
  );
}
