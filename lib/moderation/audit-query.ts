// The moderation log's filters as they arrive in the page's query string.
import { z } from "@/lib/zod";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).transform((d) => new Date(`${d}T00:00:00Z`));

export const auditQuerySchema = z.object({
  action: optional(z.string().max(60)),
  actor: optional(z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/)),
  targetType: optional(z.enum(["user", "post", "thread", "email", "problem", "result"])),
  targetId: optional(z.string().max(64)),
  from: optional(day),
  // "Until" includes the whole day.
  to: optional(day.transform((d) => new Date(d.getTime() + 86_400_000))),
  before: optional(z.string().regex(/^\d{1,19}$/).transform((v) => BigInt(v))),
});
