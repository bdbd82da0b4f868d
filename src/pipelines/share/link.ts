// Share links: the notebook's canonical JSON, deflated and base64url-encoded, in the URL hash
// (`#nb=v1.<payload>`), so it never reaches a server. Data is referenced (bundled dataset id or
// file SHA-256), never embedded. Decoding checks every step and refuses oversized payloads.
import { Inflate, deflateSync } from 'fflate';
import { canonicalJson } from '../engine/hash';
import { NotebookError, validateNotebook, type NotebookIssue } from '../notebook/parse';
import type { Notebook } from '../notebook/schema';
import { Base64UrlError, decodeBase64Url, encodeBase64Url } from './base64url';

export const SHARE_LINK_VERSION = 1;
/** Inflating stops past this many bytes: a small link must not unpack into gigabytes. */
export const MAX_SHARED_NOTEBOOK_BYTES = 5 * 1024 * 1024;
/** Past this, some browsers, chat apps and mail clients cut or refuse the link. */
export const LONG_LINK_CHARS = 32_000;

export interface ShareLink {
  url: string;
  /** Characters in `url`. */
  length: number;
  /** The link is longer than LONG_LINK_CHARS: suggest a bundle instead. */
  tooLong: boolean;
}

export type ShareLinkProblem = 'no-payload' | 'unknown-version' | 'bad-base64' | 'not-deflate' | 'too-large' | 'not-json' | 'invalid-notebook';

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
  constructor(
    readonly problem: ShareLinkProblem,
    message: string,
    readonly issues: NotebookIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const encoder = new TextEncoder();

export function encodeShareLink(notebook: Notebook, baseUrl: string): ShareLink {
  // Validate first, so a link that could not be opened is never handed out.
  const valid = validateNotebook(notebook);
  const packed = deflateSync(encoder.encode(canonicalJson(valid)), { level: 9 });
  const url = `${baseUrl.split('#')[0]}#nb=v${SHARE_LINK_VERSION}.${encodeBase64Url(packed)}`;
  return { url, length: url.length, tooLong: url.length > LONG_LINK_CHARS };
}

/** Accepts a whole URL, its hash (`#nb=…`) or the bare `nb=…` parameter. */
export function decodeShareLink(hashOrUrl: string, options: { maxBytes?: number } = {}): Notebook {
  const maxBytes = options.maxBytes ?? MAX_SHARED_NOTEBOOK_BYTES;
  const payload = findPayload(hashOrUrl.trim());
  if (!payload) {
    throw new ShareLinkError('no-payload', 'This link holds no notebook: expected "#nb=v1.…" at the end of the address. It may have been cut off when copied.');
  }
  const match = /^v(\d+)\.(.*)$/s.exec(payload);
  if (!match) {
    throw new ShareLinkError('unknown-version', 'This link\'s notebook has no version mark (expected "#nb=v1.…"); it may come from another app or have been damaged.');
  }
  if (Number(match[1]) !== SHARE_LINK_VERSION) {
    throw new ShareLinkError(
      'unknown-version',
      `This link uses share-link format v${match[1]}; this version of Bitácora opens v${SHARE_LINK_VERSION} links. Update the app, or ask for a .bitacora bundle.`,
    );
  }
  const text = match[2];
  if (!text) throw new ShareLinkError('no-payload', 'This link holds an empty notebook payload after "#nb=v1."; it may have been cut off when copied.');
  // Deflate output is at most a little larger than its input, so a payload longer than the cap
  // (in base64, 4/3 of it) can only unpack to more than the cap: refuse it before decoding.
  if (text.length > Math.ceil((maxBytes * 4) / 3) + 1024) throw tooLarge(maxBytes);
  let packed: Uint8Array;
  try {
    packed = decodeBase64Url(text);
  } catch (e) {
    if (!(e instanceof Base64UrlError)) throw e;
    throw new ShareLinkError('bad-base64', `This link is damaged: ${e.message}. It may have been cut off or changed when copied.`, [], { cause: e });
  }
  const json = inflateCapped(packed, maxBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (e) {
    throw new ShareLinkError('not-json', `This link is damaged: its unpacked content is not JSON text (${(e as Error).message}).`, [], { cause: e });
  }
  try {
    return validateNotebook(raw, 'shared notebook');
  } catch (e) {
    if (!(e instanceof NotebookError)) throw e;
    throw new ShareLinkError('invalid-notebook', `This link's notebook is not valid: ${e.message}`, e.issues, { cause: e });
  }
}

function findPayload(input: string): string | null {
  const hashAt = input.indexOf('#');
  const fragment = hashAt >= 0 ? input.slice(hashAt + 1) : input;
  for (const part of fragment.split('&')) {
    if (!part.startsWith('nb=')) continue;
    let value = part.slice(3);
    try {
      value = decodeURIComponent(value);
    } catch {
      // Left as is; the base64url check will name the bad character.
    }
    return value || null;
  }
  return null;
}

function tooLarge(maxBytes: number): ShareLinkError {
  return new ShareLinkError(
    'too-large',
    `This link's notebook unpacks to more than ${maxBytes / (1024 * 1024)} MB, which no notebook needs; it was not opened.`,
  );
}

const INPUT_CHUNK = 1024;

/** Inflates in small steps and stops as soon as the output passes `maxBytes`. */
function inflateCapped(packed: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const overflow = new Error('overflow');
  const inflate = new Inflate((chunk, final) => {
    total += chunk.byteLength;
    if (total > maxBytes) throw overflow;
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < packed.length; at += INPUT_CHUNK) {
      inflate.push(packed.subarray(at, at + INPUT_CHUNK), at + INPUT_CHUNK >= packed.length);
    }
  } catch (e) {
    if (e === overflow) throw tooLarge(maxBytes);
    throw new ShareLinkError('not-deflate', `This link is damaged: its payload is not compressed notebook data (${(e as Error).message}).`, [], { cause: e });
  }
  if (!finished) throw new ShareLinkError('not-deflate', 'This link is damaged: its compressed notebook ends too early. It may have been cut off when copied.');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
