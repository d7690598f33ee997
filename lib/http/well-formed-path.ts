// Next.js answers a path whose percent-encoding is not UTF-8 (/users/%FF) with a 500 while
// decoding route parameters. The launcher refuses such requests first, as the client's error.
export function malformedPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0]!;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
