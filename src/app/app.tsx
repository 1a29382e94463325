import { useEffect, useState } from 'react';
import { t } from '@/i18n/dictionary';
import { Toaster } from '@/ui/toaster';
import { Routes } from './routes';
import { Shell } from './shell';
import { startDatabase, type StartResult } from './start';

export function App() {
  const [start, setStart] = useState<StartResult | 'starting'>('starting');
  useEffect(() => {
    let cancelled = false;
    void startDatabase(window.location).then((result) => {
      if (!cancelled) setStart(result);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (start === 'starting') {
    return (
      <p className="app-loading" role="status">
        {t.app.starting}
      </p>
    );
  }
  if (start.kind === 'failed') {
    return (
      <main className="app-failed">
        <h1>{t.appName}</h1>
        <p role="alert">{start.message}</p>
      </main>
    );
  }
  return (
    <Shell>
      <Routes />
      <Toaster />
    </Shell>
  );
}
