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
  | { name: 'notFound'; path: string };

export const paths = {
  board: () => '/',
  youthNew: () => '/jongere/nieuw',
  youthDetail: (id: string) => `/jongere/${encodeURIComponent(id)}`,
  youthEdit: (id: string) => `/jongere/${encodeURIComponent(id)}/bewerken`,
  left: () => '/uitgestroomd',
  conditions: () => '/randvoorwaarden',
  settings: () => '/instellingen',
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (path === '/' || path === '') return { name: 'board' };
  if (path === '/jongere/nieuw') return { name: 'youthNew' };
  const edit = /^\/jongere\/([^/]+)\/bewerken$/.exec(path);
  if (edit?.[1]) return { name: 'youthEdit', id: decodeURIComponent(edit[1]) };
  const detail = /^\/jongere\/([^/]+)$/.exec(path);
  if (detail?.[1]) return { name: 'youthDetail', id: decodeURIComponent(detail[1]) };
  if (path === '/uitgestroomd') return { name: 'left' };
  if (path === '/randvoorwaarden') return { name: 'conditions' };
  if (path === '/instellingen') return { name: 'settings' };
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
