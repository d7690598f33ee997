// How a problem is named to the notification service: a direction is watched as a "direction"
// (its watchers hear of every question under it), a question as a "problem".
import type { Subject } from "@/lib/notifications/events.server";

export function problemSubject(problem: { id: string; kind: string }): Subject {
  return { type: problem.kind === "direction" ? "direction" : "problem", id: problem.id };
}

export function problemParent(problem: { directionId: string | null }): Subject | undefined {
  return problem.directionId ? { type: "direction", id: problem.directionId } : undefined;
}

export const problemUrl = (id: string) => `/problems/${id}`;
