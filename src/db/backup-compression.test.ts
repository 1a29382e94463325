import { describe, expect, it } from 'vitest';
import { backupText, gzipText, isGzip, UnpackError } from './backup-compression';

const json = JSON.stringify({
  records: Array.from({ length: 2000 }, (_, i) => ({ id: `id-${i}`, colour: 'red' })),
});

describe('compressed backups', () => {
  it('writes gzip that reads back to the same text, several times smaller', async () => {
    const packed = await gzipText(json);
    expect(await isGzip(packed)).toBe(true);
    expect(packed.size * 5).toBeLessThan(json.length);
    expect(await backupText(packed, 10_000_000)).toBe(json);
  });

  it('reads a plain JSON backup as it is', async () => {
    const plain = new Blob([json]);
    expect(await isGzip(plain)).toBe(false);
    expect(await backupText(plain, 10_000_000)).toBe(json);
  });

  it('refuses a truncated gzip file', async () => {
    const packed = await gzipText(json);
    const truncated = packed.slice(0, Math.floor(packed.size / 2));
    const error = await backupText(truncated, 10_000_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnpackError);
    expect((error as UnpackError).reason).toBe('damaged');
  });

  it('stops unpacking a file that grows past the limit', async () => {
    const bomb = await gzipText('x'.repeat(2_000_000));
    const error = await backupText(bomb, 1_000_000).catch((caught: unknown) => caught);
    expect((error as UnpackError).reason).toBe('tooLarge');
  });
});
