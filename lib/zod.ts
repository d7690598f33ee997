// zod, configured once for the whole site: import `z` from here, never from "zod" (lint enforces
// it). zod compiles fast object parsers with `new Function`, which the Content-Security-Policy
// refuses in the browser and in the demos' worker (lib/http/security-headers.ts); "jitless"
// parses without it, everywhere alike, at a cost too small to see on request-sized inputs.
import { z } from "zod";

z.config({ jitless: true });

export { z };
