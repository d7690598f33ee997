"use client";
import { useEffect } from "react";

/**
 * Citation cards open on hover and focus through CSS; WCAG 1.4.13 also wants them dismissible
 * without moving the pointer or focus. Escape hides the open card until the pointer or focus leaves.
 */
export function HoverCardDismiss() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      document.querySelectorAll(".cite-item:hover, .cite-item:focus-within").forEach((item) => item.setAttribute("data-dismissed", ""));
    };
    const onLeave = (event: Event) => {
      const item = (event.target as Element | null)?.closest?.(".cite-item[data-dismissed]");
      const next = (event as FocusEvent | MouseEvent).relatedTarget as Node | null;
      if (item && !(next && item.contains(next))) item.removeAttribute("data-dismissed");
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusout", onLeave);
    document.addEventListener("mouseout", onLeave);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusout", onLeave);
      document.removeEventListener("mouseout", onLeave);
    };
  }, []);
  return null;
}
