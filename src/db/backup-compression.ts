/*
 * Backups are written gzip-compressed with the browser's own CompressionStream
 * (no library): a year of history is mostly repeated field names and ids,
 * which gzip shrinks several times over. Reading takes a compressed file and
 * a plain `.json` alike (older backups keep working), and refuses a file
 * that unpacks to more than the limit before it is all in memory.
 */
/** Why a compressed file could not be read; backup-format turns it into a BackupError. */
export class UnpackError extends Error {
  constructor(readonly reason: 'tooLarge' | 'damaged') {
    super(`gzip: ${reason}`);
    this.name = 'UnpackError';
  }
}

/** The first two bytes of every gzip stream. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Is this file gzip (by its first bytes, not its name: a renamed file still opens)? */
export async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/** The backup's JSON text, gzip-compressed, as a file to download. */
export async function gzipText(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

/**
 * The text of a chosen backup file, unpacked when it is gzip. A damaged or
 * truncated gzip file is "not a backup" (nothing is read from half a file);
 * one that unpacks to more than `maxBytes` is too large.
 */
export async function backupText(file: Blob, maxBytes: number): Promise<string> {
  if (!(await isGzip(file))) return file.text();
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new UnpackError('tooLarge');
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
    parts.push(decoder.decode());
  } catch (error) {
    if (error instanceof UnpackError) throw error;
    // A truncated or damaged stream, or bytes that are no UTF-8 text.
    throw new UnpackError('damaged');
  }
  return parts.join('');
}
