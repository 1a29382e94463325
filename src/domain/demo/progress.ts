/**
 * How far loading the demo board is: first the board is made up (counted in
 * young people), then written (counted in records).
 */
export type DemoProgress = {
  stage: 'generating' | 'writing';
  done: number;
  total: number;
};

/** The share of the bar that making the board up takes; writing it takes the rest. */
const GENERATING_SHARE = 40;

/** The whole load as a whole percentage, 0–100, never going back within a stage. */
export function demoProgressPercent(progress: DemoProgress): number {
  const fraction =
    progress.total > 0 ? Math.min(1, Math.max(0, progress.done / progress.total)) : 0;
  const percent =
    progress.stage === 'generating'
      ? fraction * GENERATING_SHARE
      : GENERATING_SHARE + fraction * (100 - GENERATING_SHARE);
  return Math.floor(percent);
}
