// Reads a JSON request body within a size cap. Only `application/json` (optionally with
// charset=utf-8) is accepted: a text/plain body needs no CORS preflight, so accepting it
// would let other sites post here. Text containing NUL is refused before it reaches
// PostgreSQL, which cannot store it.
import type { FieldErrors } from "@/lib/validation/field-errors";

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: number; message: string; fieldErrors?: FieldErrors };

export function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [essence, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (essence !== "application/json") return false;
  return parameters.every((p) => p === "" || /^charset=("?)utf-8\1$/.test(p));
}

/** The request body, or null when it is larger than `maxBytes`. */
export async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Dotted paths of every string (key or value) that contains a NUL character. */
export function nulPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return value.includes("\0") ? [path.join(".") || "form"] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulPaths(item, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => (key.includes("\0") ? [[...path, key].join(".")] : nulPaths(item, [...path, key])));
  }
  return [];
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    return { ok: false, status: 415, message: "Send the body as application/json." };
  }
  const bytes = await readCapped(request, maxBytes);
  if (!bytes) return { ok: false, status: 413, message: `The body is larger than ${Math.round(maxBytes / 1024)} KiB.` };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, status: 400, message: "The body is not valid JSON in UTF-8." };
  }
  const withNul = nulPaths(body);
  if (withNul.length > 0) {
    const fieldErrors = Object.fromEntries(withNul.map((p) => [p, ["Remove the NUL character (\\u0000): text cannot contain it."]]));
    return { ok: false, status: 400, message: "Some fields need attention.", fieldErrors };
  }
  return { ok: true, body };
}
