"use client";
import { useEffect } from "react";

/**
 * Citation cards open on hover and on focus through CSS alone. This adds the two things CSS cannot do:
 * Escape hides the open card until the pointer or focus leaves (WCAG 1.4.13 asks for a way to
 * dismiss it without moving), and on touch screens, which have no hover, the first tap on a number
 * shows its card while a second tap follows the link to the bibliography. Renders nothing.
 */
export function CitationCards() {
  useEffect(() => {
    const touch = window.matchMedia("(hover: none)");
    let armed: Element | null = null;

    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(".cite-link");
      if (!link || !touch.matches || link === armed) return;
      event.preventDefault();
      (link as HTMLElement).focus();
      armed = link;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      document.querySelectorAll(".cite-item:hover, .cite-item:focus-within").forEach((item) => item.setAttribute("data-dismissed", ""));
    };
    const onLeave = (event: Event) => {
      const item = (event.target as Element | null)?.closest?.(".cite-item");
      const next = (event as FocusEvent | MouseEvent).relatedTarget as Node | null;
      if (!item || (next && item.contains(next))) return;
      item.removeAttribute("data-dismissed");
      if (armed && item.contains(armed)) armed = null;
    };

    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    document.addEventListener("focusout", onLeave);
    document.addEventListener("mouseout", onLeave);
    return () => {
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("focusout", onLeave);
      document.removeEventListener("mouseout", onLeave);
    };
  }, []);
  return null;
}
