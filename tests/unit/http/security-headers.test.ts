import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, scriptHash, securityHeaders } from "@/lib/http/security-headers";
import { islandsLoaderScript, islandsLoaderSource } from "@/components/site/islands-loader";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe("content security policy", () => {
  it("is strict: nonce and hashes with strict-dynamic, no plugins, no base, no framing; WebAssembly for the demos", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n0nce", scriptHashes: ["'sha256-abc='"], dev: false }));
    expect(policy.get("script-src")).toEqual(["'nonce-n0nce'", "'sha256-abc='", "'strict-dynamic'", "'wasm-unsafe-eval'", "https:", "'unsafe-inline'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: "n", scriptHashes: [], dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("names a script by the SHA-256 of its exact text, and nonces differ per call", () => {
    const script = "console.log(1)";
    expect(scriptHash(script)).toBe(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sets nosniff, a referrer policy and the policy itself", () => {
    expect(securityHeaders("P")).toMatchObject({ "Content-Security-Policy": "P", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });
});

describe("islands loader", () => {
  it("round-trips its URL and recognises nothing but its exact form", () => {
    const loader = islandsLoaderScript("/islands/site-ABC.js");
    expect(islandsLoaderSource(loader)).toBe("/islands/site-ABC.js");
    expect(islandsLoaderSource(loader.replace("appendChild(s)", "appendChild(s);alert(1)"))).toBeUndefined();
    expect(islandsLoaderSource(islandsLoaderScript('x";alert(1);"'))).toBe('x";alert(1);"');
    expect(islandsLoaderSource("alert(1)")).toBeUndefined();
  });
});
