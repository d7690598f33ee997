// Where the islands build writes its output, and the manifest that tells the layout which file to load.
export const ISLANDS_DIR = "public/islands";
export const ISLANDS_URL = "/islands";
export const MANIFEST_FILE = "manifest.json";

export interface IslandsManifest {
  /** `npm run dev` writes unhashed development bundles to the same folder. */
  mode: "development" | "production";
  /** URL of the site script (components/islands/site.ts): custom elements every page loads. */
  site: string;
  /** URL of the demo's training worker. */
  demoWorker: string;
}
