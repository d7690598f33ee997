// Loads the islands bundle through one fixed inline script instead of a <script src>: under the
// Content-Security-Policy a static document has no per-request nonce, but an inline script has a
// hash the policy can name, and a script it inserts is trusted through 'strict-dynamic'.
const prefix = '(function(){var s=document.createElement("script");s.type="module";s.src=';
const suffix = ";document.head.appendChild(s)})()";

export function islandsLoaderScript(src: string): string {
  return `${prefix}${JSON.stringify(src)}${suffix}`;
}

/** The bundle URL an islands loader inserts, or undefined when `content` is not exactly a loader. */
export function islandsLoaderSource(content: string): string | undefined {
  if (!content.startsWith(prefix) || !content.endsWith(suffix)) return undefined;
  try {
    const src: unknown = JSON.parse(content.slice(prefix.length, -suffix.length));
    return typeof src === "string" && islandsLoaderScript(src) === content ? src : undefined;
  } catch {
    return undefined;
  }
}

export function IslandsLoader({ src }: { src: string }) {
  return <script dangerouslySetInnerHTML={{ __html: islandsLoaderScript(src) }} />;
}
