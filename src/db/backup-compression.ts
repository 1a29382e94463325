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
/** How much of a chosen file is read at a time. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** Is this file gzip (by its first bytes, not its name: a renamed file still opens)? */
export async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * A file's bytes as a stream, read one slice at a time. (`Blob.stream()` does
 * the same in browsers, but not every Blob the app can be handed has it.)
 */
function bytesOf(file: Blob): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= file.size) {
        controller.close();
        return;
      }
      const slice = file.slice(offset, offset + READ_CHUNK_BYTES);
      offset += READ_CHUNK_BYTES;
      controller.enqueue(new Uint8Array(await slice.arrayBuffer()));
    },
  });
}

/** Collects a stream of bytes into one file, without ever joining them into one buffer here. */
async function blobOf(stream: ReadableStream<Uint8Array>, type: string): Promise<Blob> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return new Blob(parts as BlobPart[], { type });
}

/** The file a stream of backup text becomes: gzip-compressed as it flows, never whole in memory. */
export function gzipFile(text: ReadableStream<Uint8Array>): Promise<Blob> {
  return blobOf(
    text.pipeThrough(new CompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>),
    'application/gzip',
  );
}

/** A text, gzip-compressed (tests and small files). */
export function gzipText(text: string): Promise<Blob> {
  return gzipFile(bytesOf(new Blob([text])));
}

/**
 * The text of a chosen backup file, unpacked when it is gzip. A damaged or
 * truncated gzip file is "not a backup" (nothing is read from half a file);
 * one that unpacks to more than `maxBytes` is too large.
 */
export async function backupText(file: Blob, maxBytes: number): Promise<string> {
  if (!(await isGzip(file))) return file.text();
  const reader = bytesOf(file)
    .pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
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
