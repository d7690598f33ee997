// The launcher writes the peer address into this header (overwriting anything a client sent),
// so rate limits see the real address rather than a spoofable X-Forwarded-For.
export const CLIENT_IP_HEADER = "x-lmh-client-ip";

export function clientAddress(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER) || null;
}
