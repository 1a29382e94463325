import { lazy, Suspense } from 'react';
import type { DemoProgress } from '@/domain/demo/progress';
import { t } from '@/i18n/dictionary';

// Shown only while a demo board loads: its code and words load with the demo.
const View = lazy(async () => ({ default: (await import('./demo-progress')).DemoProgressView }));

/** The demo board's progress, loaded on demand; the dictionary's short line meanwhile. */
export function LazyDemoProgress({ progress }: { progress: DemoProgress | undefined }) {
  return (
    <Suspense fallback={<p role="status">{t.board.demoLoading}</p>}>
      <View progress={progress} />
    </Suspense>
  );
}
