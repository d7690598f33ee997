// GET /api/results/:id/events — Server-Sent Events: the latest check's state (queued with its
// position, running seed k of n with the step, done with the verdict) whenever it changes; the
// stream ends when the check is done. The page works without it (a no-JS refresh link).
import { route } from "@/lib/http/route.server";
import { notFound } from "@/lib/errors";
import { checkState, CHECK_STATE_POLL_MS } from "@/lib/results/progress.server";
import { resultIdParams } from "@/lib/results/api";

export const GET = route({ auth: "public", params: resultIdParams }, async ({ params, request }) => {
  const first = await checkState(params.id);
  if (!first) return notFound("No such result.");
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let last = "";
      let state: typeof first | null = first;
      const send = (data: string) => controller.enqueue(encoder.encode(`data: ${data}\n\n`));
      while (!request.signal.aborted) {
        const text = JSON.stringify(state);
        if (text !== last) send(text);
        last = text;
        if (!state || state.status === "DONE" || state.status === "FAILED") break;
        await new Promise((r) => setTimeout(r, CHECK_STATE_POLL_MS));
        state = await checkState(params.id);
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" } });
});
