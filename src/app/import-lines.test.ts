// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The import lines of eslint.config.js, tried on made-up files (nothing is written). */
async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('lint: features never import each other', () => {
  it.each([
    "import { x } from '@/features/meetings/meeting-page';",
    "import { x } from '../meetings/meeting-page';",
    "import { x } from './../meetings/meeting-page';",
  ])('refuses %s from inside conditions', async (line) => {
    expect(
      await importErrors('src/features/conditions/probe.ts', `${line}\nexport { x };\n`),
    ).toHaveLength(1);
  });

  it('allows a file of the same feature and a shared piece', async () => {
    const source =
      "import { a } from './use-conditions';\nimport { b } from '@/ui/sortable-list';\nexport { a, b };\n";
    expect(await importErrors('src/features/conditions/probe.ts', source)).toEqual([]);
  });
});
