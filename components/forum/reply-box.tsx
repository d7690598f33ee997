"use client";
// The reply composer under a thread; it also marks the thread read up to the last post shown.
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { Composer, post } from "./composer";

export function ReadMarker({ threadId, upTo }: { threadId: string; upTo: number }) {
  useEffect(() => {
    void post(`/api/forum/threads/${threadId}/read`, "PUT", { lastReadNumber: upTo });
  }, [threadId, upTo]);
  return null;
}

export function ReplyBox({ threadId }: { threadId: string }) {
  const router = useRouter();
  return (
    <Composer
      draftKey={`thread:${threadId}`}
      label="Your reply"
      submitLabel="Post reply"
      send={(source) => post(`/api/forum/threads/${threadId}/posts`, "POST", { source })}
      onSent={(data) => {
        router.push(String(data.url));
        router.refresh();
      }}
    />
  );
}
