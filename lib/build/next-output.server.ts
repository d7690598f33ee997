// What `next build` wrote that the document build relies on: the source path of every route, which
// pathnames it prerendered and whether they revalidate, and the asset prefix. These manifests are
// Next's private output, not an API (hence `next` pinned to an exact version in package.json): they
// are parsed strictly, so a change in their format stops the build here.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "@/lib/zod";

const appPathRoutes = z.record(z.string(), z.string());
const prerenderManifest = z.object({
  routes: z.record(z.string(), z.object({ srcRoute: z.string().nullable(), initialRevalidateSeconds: z.union([z.number(), z.literal(false)]) })),
  dynamicRoutes: z.record(z.string(), z.object({ fallback: z.union([z.string(), z.literal(false), z.null()]) })),
});
const serverFiles = z.object({ config: z.object({ assetPrefix: z.string() }) });

export interface NextOutput {
  /** Next's app path (with route groups: "/(documents)/learn/[slug]/page") → the route ("/learn/[slug]"). */
  appPaths: Record<string, string>;
  /** Prerendered pathname → its route, and seconds until revalidation (false: never, fully static). */
  prerendered: z.infer<typeof prerenderManifest>["routes"];
  /** Dynamic route with prerendered parameters → what it does for others (false: a 404, nothing rendered on request). */
  dynamicRoutes: z.infer<typeof prerenderManifest>["dynamicRoutes"];
  /** next.config's assetPrefix: "" or an origin such as https://cdn.example that serves /_next/. */
  assetPrefix: string;
}

async function manifest<T>(root: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(JSON.parse(await readFile(path.join(root, ".next", file), "utf8")));
  if (!result.success) throw new Error(`.next/${file} is not in the format this build knows (Next.js changed it?): ${result.error.message}`);
  return result.data;
}

export async function readNextOutput(root: string): Promise<NextOutput> {
  const prerender = await manifest(root, "prerender-manifest.json", prerenderManifest);
  return {
    appPaths: await manifest(root, "app-path-routes-manifest.json", appPathRoutes),
    prerendered: prerender.routes,
    dynamicRoutes: prerender.dynamicRoutes,
    assetPrefix: (await manifest(root, "required-server-files.json", serverFiles)).config.assetPrefix.replace(/\/$/, ""),
  };
}

/** The prerendered HTML of a pathname. */
export function prerenderedHtml(root: string, pathname: string): string {
  return path.join(root, ".next", "server", "app", `${pathname === "/" ? "index" : pathname.slice(1)}.html`);
}
