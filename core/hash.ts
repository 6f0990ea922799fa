// SHA-256 through Web Crypto, available both in Node and in the renderer, so core stays free of node: imports.
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Needed where the DOM's BufferSource is in force (the renderer), redundant under core's own tsconfig.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
