// The security headers of every response. The Content-Security-Policy is strict by nonce and
// hash ('strict-dynamic'): Next.js puts the per-request nonce on its own scripts (it reads it from
// the request's policy header); the two inline scripts every page carries — the theme script and
// the islands loader — are named by their hashes, because static documents are prerendered once
// and cannot carry a nonce. Scripts those trusted scripts insert (the islands bundle, a demo's
// chunk) are trusted in turn. Workers come from this origin; WebAssembly may compile (the demos'
// tfjs backend); no plugins, no <base>, no framing.
import { createHash, randomBytes } from "node:crypto";

export const newNonce = () => randomBytes(16).toString("base64");

export const scriptHash = (script: string) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

export interface PolicyInputs {
  nonce: string;
  /** Hashes of the fixed inline scripts, from scriptHash. */
  scriptHashes: string[];
  /** Next's development server evaluates code for hot reloading. */
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, scriptHashes, dev }: PolicyInputs): string {
  const script = [`'nonce-${nonce}'`, ...scriptHashes, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : []), "https:", "'unsafe-inline'"];
  return [
    // https: and 'unsafe-inline' only matter to browsers from before CSP 3, which ignore nonces.
    `script-src ${script.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "form-action 'self'",
    "default-src 'self'",
    "worker-src 'self' blob:",
    // KaTeX positions glyphs with inline style attributes; React and the demos set styles too.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "report-uri /api/csp-reports",
  ].join("; ");
}

/** Every header the site sets on every response, the policy included. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}
