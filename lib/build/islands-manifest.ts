// Where the islands build writes its output, and the manifest that tells the layout which file to
// load. Development bundles (npm run dev, unhashed, rebuilt on change) have their own folder, so a
// development server never touches the files a production server is serving.
export const ISLANDS_URL = "/islands";
export const DEV_ISLANDS_URL = "/islands-dev";
export const MANIFEST_FILE = "manifest.json";

/** The folder (under the project root) and URL of the production or the development bundles. */
export function islandsLocation(dev: boolean): { dir: string; url: string } {
  const url = dev ? DEV_ISLANDS_URL : ISLANDS_URL;
  return { dir: `public${url}`, url };
}

export interface IslandsManifest {
  /** URL of the site script (components/islands/site.ts): custom elements every page loads. */
  site: string;
  /** URL of the demo's training worker. */
  demoWorker: string;
}
