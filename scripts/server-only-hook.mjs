// `import "server-only"` marks modules that must never reach a browser bundle; outside Next's
// bundler (the launcher and `npm run worker`, run by tsx) the package throws on import. The check
// worker runs server modules such as lib/notifications/events.server.ts there, so these processes
// resolve it to the same empty module Next itself uses for server code.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
