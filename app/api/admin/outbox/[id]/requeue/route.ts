// POST /api/admin/outbox/:id/requeue — queue again a message whose attempts ran out (administrators).
import { z } from "@/lib/zod";
import { noContent, route } from "@/lib/http/route.server";
import { afterResponse } from "@/lib/http/after-response";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { requeueEmail } from "@/lib/mail/outbox-admin.server";

export const POST = route({ auth: "ADMIN", params: z.object({ id: z.string().min(1).max(64) }) }, async ({ viewer, params }) => {
  const result = await requeueEmail(viewer, params.id);
  if (!result.ok) return result;
  afterResponse(deliverDueEmail);
  return noContent();
});
