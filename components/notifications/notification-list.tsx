"use client";
// The /notifications page's list: each item links to the exact place, and can be marked read on
// its own; "Mark all read" clears the whole inbox. Reading an item by its link marks it read too.
import { useState } from "react";
import { announceNotificationsChange } from "@/components/islands/session-events";
import type { InboxItem } from "@/lib/notifications/inbox.server";

const markRead = (body: { ids: string[] } | { all: true }) =>
  fetch("/api/notifications/read", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), keepalive: true });

export function NotificationList({ initial }: { initial: InboxItem[] }) {
  const [items, setItems] = useState(initial);
  const [status, setStatus] = useState("");
  const read = (ids: string[] | "all") => {
    setItems((list) => list.map((n) => (ids === "all" || ids.includes(n.id) ? { ...n, read: true } : n)));
    announceNotificationsChange();
  };

  if (items.length === 0) return <p className="text-ink-2">No notifications yet. Watch a thread or a problem to hear when something happens there.</p>;
  return (
    <div>
      <div className="mb-4 flex items-center gap-4">
        <button
          type="button"
          className="rounded-md px-3 py-1.5 text-sm ring-1 ring-rule hover:bg-paper-2 disabled:opacity-60"
          disabled={items.every((n) => n.read)}
          onClick={async () => {
            if ((await markRead({ all: true })).ok) {
              read("all");
              setStatus("All notifications marked read.");
            }
          }}
        >
          Mark all read
        </button>
        <p role="status" className="text-sm text-ok">
          {status}
        </p>
      </div>
      <ul className="divide-y divide-rule border-y border-rule" data-testid="notification-list">
        {items.map((n) => (
          <li key={n.id} className="flex items-start gap-3 py-3">
            <div className="min-w-0 flex-1">
              <a href={n.url} className={n.read ? "text-ink" : "font-semibold text-ink"} onClick={() => !n.read && void markRead({ ids: [n.id] })}>
                {!n.read && <span className="sr-only">Unread: </span>}
                {n.text}
              </a>
              {n.excerpt && <p className="mt-1 line-clamp-2 text-sm text-ink-2">{n.excerpt}</p>}
              <p className="mt-1 text-xs text-ink-3">
                <time dateTime={n.createdAt}>{new Date(n.createdAt).toUTCString()}</time>
              </p>
            </div>
            {!n.read && (
              <button
                type="button"
                className="shrink-0 rounded-md px-2 py-1 text-xs ring-1 ring-rule hover:bg-paper-2"
                aria-label={`Mark read: ${n.text}`}
                onClick={async () => {
                  if ((await markRead({ ids: [n.id] })).ok) {
                    read([n.id]);
                    setStatus("Marked read.");
                  }
                }}
              >
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
