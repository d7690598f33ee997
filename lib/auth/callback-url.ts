// Where to send someone after signing in or up. Only a path on this site is honoured: the value
// is resolved against the site's origin and kept only if it stays there. Control characters and
// backslashes are refused before parsing, because browsers drop tabs and newlines from URLs and
// read "\" as "/", which would turn "/\t/evil.example" into "//evil.example".
const UNSAFE = /[\u0000-\u001F\u007F\\]/;

export function safeCallbackUrl(raw: string | string[] | undefined | null, origin: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Normalisation can still produce a protocol-relative path (e.g. "/.//evil.example" → "//evil.example").
  return path.startsWith("//") ? "/" : path;
}
