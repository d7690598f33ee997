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
  return { pathnames: pathnames.sort(), problems };
}
