// The HTML of one prerendered static document: what is removed (Next.js's hydration machinery) and
// what may remain. The removal recognises Next's private output, which can change with any release;
// the check after it is an allow-list, so anything the removal missed, or anything new, fails the
// build instead of shipping.
import { themeScript } from "@/components/site/theme-script";
import { islandsLoaderSource } from "@/components/site/islands-loader";
import { tags, type Tag } from "./html-tags";
import { ISLANDS_URL } from "./islands-manifest";

/** Where Next.js serves its assets: "" or next.config's assetPrefix (a CDN such as https://cdn.example). */
export interface AssetUrls {
  assetPrefix: string;
}

// Types a browser never executes that a document may carry: JSON-LD is structured data for search
// engines. Other non-JavaScript types are refused too: importmap and speculationrules change what
// loads, and a JSON data block on a document would only be framework state for hydration.
const dataScriptTypes = new Set(["application/ld+json"]);
// `as` values of a preload that fetches code.
const scriptDestinations = new Set(["script", "worker", "sharedworker", "serviceworker", "audioworklet", "paintworklet"]);
const urlAttributes = ["href", "src", "action", "formaction", "xlink:href"];
// A superset of what `refusal` looks for beyond scripts and preloads: an attribute name starting
// with "on", or "javascript:" with any tabs or line breaks inside it.
const mayRunScript = /(?:^|[\s/"'])on|j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t[\t\n\r]*:/i;

const relTokens = (tag: Tag) => (tag.attrs.get("rel") ?? "").toLowerCase().split(/\s+/);

/** A <link> that fetches a script ahead of time (modulepreload, or a preload or prefetch of code). */
function preloadsScript(tag: Tag): boolean {
  if (tag.name !== "link") return false;
  const rel = relTokens(tag);
  return rel.includes("modulepreload") || ((rel.includes("preload") || rel.includes("prefetch")) && scriptDestinations.has((tag.attrs.get("as") ?? "").toLowerCase()));
}

const frameworkUrl = (url: string, { assetPrefix }: AssetUrls) => url.startsWith(`${assetPrefix}/_next/`);

/** A production islands bundle, on the site's origin or under the asset prefix if a deployment serves them from there. */
function islandsUrl(url: string, { assetPrefix }: AssetUrls): boolean {
  return url.startsWith(`${ISLANDS_URL}/`) || (assetPrefix !== "" && url.startsWith(`${assetPrefix}${ISLANDS_URL}/`));
}

/** Next's runtime chunks, their preloads, its bootstrap script and the inline RSC payload. */
function isFramework(tag: Tag, urls: AssetUrls): boolean {
  if (preloadsScript(tag)) return frameworkUrl(tag.attrs.get("href") ?? "", urls);
  if (tag.name !== "script") return false;
  const src = tag.attrs.get("src");
  if (src !== undefined) return frameworkUrl(src, urls);
  return tag.attrs.get("id") === "_R_" || /^\(?self\.__next_f\b/.test(tag.content ?? "");
}

/** The page without the framework's scripts. Its HTML is complete without them. */
export function withoutFrameworkRuntime(html: string, urls: AssetUrls): string {
  let out = "";
  let from = 0;
  for (const tag of tags(html)) {
    if (!isFramework(tag, urls)) continue;
    out += html.slice(from, tag.index);
    from = tag.index + tag.text.length;
  }
  return out + html.slice(from);
}

/** Why a tag may not be on a static document, or undefined if it may. */
function refusal(tag: Tag, urls: AssetUrls): string | undefined {
  if (tag.name === "script") {
    const src = tag.attrs.get("src");
    const type = (tag.attrs.get("type") ?? "").toLowerCase();
    if (src !== undefined) return islandsUrl(src, urls) ? undefined : "a script that is not an islands bundle";
    if (dataScriptTypes.has(type)) return undefined;
    if (type !== "") return "an inline script other than the theme script and the islands loader";
    if (tag.content === themeScript) return undefined;
    const loaded = islandsLoaderSource(tag.content ?? "");
    if (loaded !== undefined) return islandsUrl(loaded, urls) ? undefined : "an islands loader for a script that is not an islands bundle";
    return "an inline script other than the theme script and the islands loader";
  }
  if (preloadsScript(tag) && !islandsUrl(tag.attrs.get("href") ?? "", urls)) return "a preload of a script that is not an islands bundle";
  // Most tags have neither an attribute named on… nor a javascript: URL: skip parsing them.
  if (!mayRunScript.test(tag.attrSource)) return undefined;
  const handler = [...tag.attrs.keys()].find((name) => name.startsWith("on"));
  if (handler) return `an inline event handler (${handler})`;
  // Browsers drop tabs and line breaks inside a URL, so "java\tscript:" runs too.
  if (urlAttributes.some((name) => /^\s*javascript:/i.test((tag.attrs.get(name) ?? "").replace(/[\t\n\r]/g, "")))) return "a javascript: URL";
  return undefined;
}

const shortened = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

/** Every tag that may not be on a static document, as "<why>: <the tag>". */
export function refusedTags(html: string, urls: AssetUrls): string[] {
  const out: string[] = [];
  for (const tag of tags(html)) {
    const why = refusal(tag, urls);
    if (why) out.push(`${why}: ${shortened(tag.text)}`);
  }
  return out;
}
