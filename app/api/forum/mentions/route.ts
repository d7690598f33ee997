// GET /api/forum/mentions?q=… — members for @mention autocomplete (handle prefix or name).
import { z } from "@/lib/zod";
import { json, route } from "@/lib/http/route.server";
import { handleSuggestions } from "@/lib/forum/reader.server";

export const GET = route({ auth: "viewer", query: z.object({ q: z.string().trim().min(1).max(40) }) }, async ({ query }) => json({ members: await handleSuggestions(query.q) }));
