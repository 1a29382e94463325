import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

// Hash routes: they work from a static file server and offline without server rewrites.
export type Route =
  | { name: 'board' }
  | { name: 'youthNew' }
  | { name: 'youthDetail'; id: string }
  | { name: 'youthEdit'; id: string }
  | { name: 'left' }
  | { name: 'conditions' }
  | { name: 'settings' }
  | { name: 'attention' }
  | { name: 'actions' }
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'meetingMode'; id: string }
  | { name: 'meetingMinutes'; id: string }
  | { name: 'municipalities' }
  | { name: 'monthlyReport'; municipality: string; month: string }
  | { name: 'regional' }
  | { name: 'data' }
  | { name: 'notFound'; path: string };

export const paths = {
  board: () => '/',
  youthNew: () => '/jongere/nieuw',
  youthDetail: (id: string) => `/jongere/${encodeURIComponent(id)}`,
  youthEdit: (id: string) => `/jongere/${encodeURIComponent(id)}/bewerken`,
  /** The youth page with the "Escalatie vastleggen" form open, for a condition when given. */
  youthEscalate: (id: string, conditionId?: string) =>
    `/jongere/${encodeURIComponent(id)}?${ESCALATE_PARAM}=${encodeURIComponent(conditionId ?? '')}`,
  /** The youth page with focus on one condition's light (Aandacht links each light signal here). */
  youthLight: (id: string, conditionId: string) =>
    `/jongere/${encodeURIComponent(id)}?${LIGHT_PARAM}=${encodeURIComponent(conditionId)}`,
  left: () => '/uitgestroomd',
  conditions: () => '/randvoorwaarden',
  settings: () => '/instellingen',
  attention: () => '/aandacht',
  actions: () => '/acties',
  meetings: () => '/overleggen',
  meeting: (id: string) => `/overleg/${encodeURIComponent(id)}`,
  meetingMode: (id: string) => `/overleg/${encodeURIComponent(id)}/vergadering`,
  meetingMinutes: (id: string) => `/overleg/${encodeURIComponent(id)}/verslag`,
  municipalities: () => '/gemeenten',
  /** `month` is `yyyy-MM`. */
  monthlyReport: (municipality: string, month: string) =>
    `/rapport/${encodeURIComponent(municipality)}/${encodeURIComponent(month)}`,
  regional: () => '/regio',
  data: () => '/gegevens',
};

/** Query parameter of a route that opens the escalation form (see `paths.youthEscalate`). */
export const ESCALATE_PARAM = 'escaleren';
/** Query parameter of a route that focuses one light on the youth page (see `paths.youthLight`). */
export const LIGHT_PARAM = 'stoplicht';

/** A query parameter of the current hash route (`#/path?name=value`); null when absent. */
export function hashParam(name: string, hash = window.location.hash): string | null {
  const query = hash.split('?')[1];
  return query === undefined ? null : new URLSearchParams(query).get(name);
}

/** Drops the query of the current hash route without a navigation (so a reload does not repeat it). */
export function clearHashQuery(): void {
  const [path, query] = window.location.hash.split('?');
  if (query === undefined) return;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}${path}`,
  );
}

const SIMPLE: Record<string, Route> = {
  '/uitgestroomd': { name: 'left' },
  '/randvoorwaarden': { name: 'conditions' },
  '/instellingen': { name: 'settings' },
  '/aandacht': { name: 'attention' },
  '/acties': { name: 'actions' },
  '/overleggen': { name: 'meetings' },
  '/gemeenten': { name: 'municipalities' },
  '/regio': { name: 'regional' },
  '/gegevens': { name: 'data' },
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (path === '/' || path === '') return { name: 'board' };
  if (path === '/jongere/nieuw') return { name: 'youthNew' };
  const edit = /^\/jongere\/([^/]+)\/bewerken$/.exec(path);
  if (edit?.[1]) return { name: 'youthEdit', id: decodeURIComponent(edit[1]) };
  const detail = /^\/jongere\/([^/]+)$/.exec(path);
  if (detail?.[1]) return { name: 'youthDetail', id: decodeURIComponent(detail[1]) };
  const simple = SIMPLE[path];
  if (simple) return simple;
  const meeting = /^\/overleg\/([^/]+)(?:\/(vergadering|verslag))?$/.exec(path);
  if (meeting?.[1]) {
    const id = decodeURIComponent(meeting[1]);
    if (meeting[2] === 'vergadering') return { name: 'meetingMode', id };
    if (meeting[2] === 'verslag') return { name: 'meetingMinutes', id };
    return { name: 'meeting', id };
  }
  const report = /^\/rapport\/([^/]+)\/(\d{4}-\d{2})$/.exec(path);
  if (report?.[1] && report[2]) {
    return { name: 'monthlyReport', municipality: decodeURIComponent(report[1]), month: report[2] };
  }
  return { name: 'notFound', path };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function href(path: string): string {
  return `#${path}`;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, children, ...rest }: LinkProps) {
  return (
    <a href={href(to)} {...rest}>
      {children}
    </a>
  );
}
