import type { ReactNode } from 'react';

/**
 * A table that can be wider than the page, in a wrapper that scrolls: named by
 * its heading and a tab stop of its own, so keyboard users can scroll it too.
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <div
      className="exchange-table-wrap"
      role="region"
      aria-labelledby={labelledBy}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region needs focus for keyboard scrolling
      tabIndex={0}
    >
      {children}
    </div>
  );
}
