// Which pathnames are static documents, from Next's manifests, and whether each document route is
// what stripping assumes: prerendered once at build time and served as that file. A document that
// renders per request or revalidates would be rendered again by the server with the framework
// runtime in it, so those fail the build.
import { DOCUMENTS_GROUP } from "./documents";
import type { NextOutput } from "./next-output.server";

export interface DocumentPages {
  /** Prerendered pathnames of every document route, sorted. */
  pathnames: string[];
  /** One line per route that is not fully static, naming it. */
  problems: string[];
}

const isDocumentPage = (appPath: string) => appPath.endsWith("/page") && appPath.split("/").includes(DOCUMENTS_GROUP);

// Next's own prerendered pages for a path that matches no route and for an error in the root
// layout. They are static too, and served from the build, so their scripts could carry no
// per-request nonce (the Content-Security-Policy would refuse them): they are stripped like
// documents. A notFound() inside a page renders per request instead and keeps its runtime.
export const FRAMEWORK_DOCUMENTS = ["/_not-found", "/_global-error"];

export function documentPages(output: NextOutput): DocumentPages {
  const pathnames: string[] = [];
  const problems: string[] = [];
  const routes = Object.entries(output.appPaths)
    .filter(([appPath]) => isDocumentPage(appPath))
    .map(([, route]) => route);
  for (const route of routes.sort()) {
    const prerendered = Object.entries(output.prerendered).filter(([, r]) => r.srcRoute === route);
    const dynamicSegments = route.includes("[");
    if (dynamicSegments ? !output.dynamicRoutes[route] : prerendered.length === 0) {
      problems.push(`${route}: rendered per request (dynamic)`);
      continue;
    }
    if (dynamicSegments && output.dynamicRoutes[route].fallback !== false) {
      problems.push(`${route}: renders parameters it did not prerender when they are requested (export const dynamicParams = false)`);
    }
    for (const [pathname, { initialRevalidateSeconds }] of prerendered) {
      if (initialRevalidateSeconds === false) pathnames.push(pathname);
      else problems.push(`${pathname}: revalidated every ${initialRevalidateSeconds} s (ISR)`);
    }
  }
  for (const pathname of FRAMEWORK_DOCUMENTS) {
    const route = output.prerendered[pathname];
    if (!route) problems.push(`${pathname}: Next.js did not prerender it (the not-found or global-error page became dynamic?)`);
    else if (route.initialRevalidateSeconds !== false) problems.push(`${pathname}: revalidated every ${route.initialRevalidateSeconds} s (ISR)`);
    else pathnames.push(pathname);
  }
  return { pathnames: pathnames.sort(), problems };
}
