// npm run build — the production build: islands, Next.js, then static documents without the framework runtime.
import { buildSite } from "@/lib/build/build-site.server";
import { runCli } from "./run-cli";

runCli(() => buildSite(process.cwd(), (line) => console.log(`[lmh] ${line}`)));
