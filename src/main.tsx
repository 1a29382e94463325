import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { RootBoundary } from '@/app/route-boundary';
import { beginStart } from '@/app/start';
import '@/ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// The database opens and the board's data is read while React renders.
const starting = beginStart(window.location);
createRoot(root).render(
  <StrictMode>
    <RootBoundary>
      <App starting={starting} />
    </RootBoundary>
  </StrictMode>,
);
