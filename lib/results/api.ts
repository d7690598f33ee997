// JSON shapes of the results API, shared by the routes and the OpenAPI document.
import { z } from "@/lib/zod";

export const resultIdParams = z.object({ id: z.string().min(1).max(64) });

export const listQuery = z.strictObject({
  experiment: z.string().max(100).optional(),
  verdict: z.enum(["reproduced", "not-reproduced", "inconclusive"]).optional(),
  problem: z.string().max(100).optional(),
  author: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
