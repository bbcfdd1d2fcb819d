// @ts-check
// Base64 to bytes with what every target has (`atob`: browsers, workers, Node ≥ 16), so the
// same file serves them all without Node's Buffer.

/**
 * @param {string} base64
 * @returns {Uint8Array}
 */
export function bytesOf(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
