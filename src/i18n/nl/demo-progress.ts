/**
 * What the page says while the demo board fills. Only the demo loaders show
 * it, loaded on demand with them (see `../demo.ts`).
 */
export const demoProgress = {
  label: 'Voortgang van het demobord',
  generating: 'Het demobord wordt gemaakt…',
  writing: 'Het demobord wordt opgeslagen…',
  percent: (percent: number) => `${percent}%`,
  keepWorking: 'Je kunt intussen verder werken; het bord verschijnt vanzelf.',
};
