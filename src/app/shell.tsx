import type { ReactNode } from 'react';
import { PersonSwitcher } from '@/features/identity/person-switcher';
import { AttentionNavCount } from '@/features/signals/attention-nav-count';
import { t } from '@/i18n/dictionary';
import { useCanWrite } from '@/ui/capability';
import { usePrintMark } from '@/ui/print-mark';
import { Link, paths, useRoute, type Route } from '@/ui/router';

const NAV: { to: string; label: string; matches: Route['name'][]; count?: boolean }[] = [
  {
    to: paths.board(),
    label: t.nav.board,
    matches: ['board', 'youthDetail', 'youthEdit', 'youthNew'],
  },
  { to: paths.attention(), label: t.nav.attention, matches: ['attention'], count: true },
  { to: paths.actions(), label: t.nav.actions, matches: ['actions'] },
  {
    to: paths.meetings(),
    label: t.nav.meetings,
    matches: ['meetings', 'meeting', 'meetingMode', 'meetingMinutes'],
  },
  {
    to: paths.municipalities(),
    label: t.nav.municipalities,
    matches: ['municipalities', 'monthlyReport', 'regional'],
  },
  { to: paths.left(), label: t.nav.left, matches: ['left'] },
  { to: paths.conditions(), label: t.nav.conditions, matches: ['conditions'] },
  { to: paths.data(), label: t.nav.data, matches: ['data'] },
  { to: paths.settings(), label: t.nav.settings, matches: ['settings'] },
];

/**
 * The first Tab stop. On the board it puts the keyboard on the grid's current
 * cell, past the filters (about 23 Tabs otherwise); elsewhere on the content.
 */
function skipToContent(toGrid: boolean) {
  const cell = toGrid
    ? document.querySelector<HTMLElement>('main [role="grid"] [tabindex="0"]')
    : null;
  if (cell) cell.focus();
  else document.getElementById('inhoud')?.focus();
}

export function Shell({ children }: { children: ReactNode }) {
  const route = useRoute();
  // Who is working matters only where something can be written.
  const canWrite = useCanWrite();
  // "Vertrouwelijk" on every printed page; the monthly report has its own running header with it.
  usePrintMark(
    route.name === 'monthlyReport'
      ? null
      : route.name === 'regional'
        ? t.printMark.regional
        : t.printMark.confidential,
  );
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault();
          skipToContent(route.name === 'board');
        }}
      >
        {route.name === 'board' ? t.nav.skipToBoard : t.nav.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name">
          <span className="app-logo" aria-hidden="true" />
          {t.appName}
        </span>
        <nav aria-label={t.nav.label}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  aria-current={item.matches.includes(route.name) ? 'page' : undefined}
                >
                  {item.label}
                  {item.count && <AttentionNavCount />}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {canWrite && <PersonSwitcher compact />}
      </header>
      <main id="inhoud" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
