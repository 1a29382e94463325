import { z } from 'zod';

export const ENCRYPTED_SHARE_FORMAT = 'uitstroombord-share-encrypted';
/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256; never lower in production. */
export const SHARE_KDF_ITERATIONS = 600_000;
/**
 * The iterations a file may ask for: what the app writes, up to a later raise.
 * Anything else is refused before any key is derived: a file must not make
 * opening it hang the browser (10 million took minutes), nor ask for less.
 */
export const SHARE_KDF_ACCEPTED = { min: SHARE_KDF_ITERATIONS, max: 2_000_000 } as const;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export type EncryptedShare = {
  format: typeof ENCRYPTED_SHARE_FORMAT;
  formatVersion: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: 'AES-GCM';
  iv: string;
  ciphertext: string;
};

const encryptedSchema = z.object({
  format: z.literal(ENCRYPTED_SHARE_FORMAT),
  formatVersion: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(SHARE_KDF_ACCEPTED.min).max(SHARE_KDF_ACCEPTED.max),
    salt: z.base64(),
  }),
  cipher: z.literal('AES-GCM'),
  iv: z.base64(),
  ciphertext: z.base64(),
});

/** Binds the envelope's header to the ciphertext, so it cannot be swapped unnoticed. */
const ADDITIONAL_DATA = new TextEncoder().encode(`${ENCRYPTED_SHARE_FORMAT}/1`);

export function isEncryptedShare(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { format?: unknown }).format === ENCRYPTED_SHARE_FORMAT
  );
}

/** Is this an encrypted share the app could have written (format, KDF, iterations)? Does no work. */
export function isAcceptableEncryptedShare(value: unknown): boolean {
  return encryptedSchema.safeParse(value).success;
}

export class WrongPassphraseError extends Error {
  constructor(cause?: unknown) {
    super('wrong passphrase or damaged file', { cause });
    this.name = 'WrongPassphraseError';
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts with a fresh random salt and IV; `iterations` is changed only by tests of refusal. */
export async function encryptShare(
  plaintext: string,
  passphrase: string,
  iterations = SHARE_KDF_ITERATIONS,
): Promise<EncryptedShare> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: ADDITIONAL_DATA },
    key,
    new TextEncoder().encode(plaintext),
  );
  return {
    format: ENCRYPTED_SHARE_FORMAT,
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: 'AES-GCM',
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/**
 * Decrypts an envelope. A wrong passphrase and a damaged file look the same to
 * AES-GCM (the tag does not match), so both throw {@link WrongPassphraseError}.
 */
export async function decryptShare(envelope: unknown, passphrase: string): Promise<string> {
  const parsed = encryptedSchema.safeParse(envelope);
  if (!parsed.success) throw new WrongPassphraseError(parsed.error);
  const { kdf, iv, ciphertext } = parsed.data;
  try {
    const key = await deriveKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: ADDITIONAL_DATA },
      key,
      fromBase64(ciphertext),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (error) {
    throw new WrongPassphraseError(error);
  }
}
