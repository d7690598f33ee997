"use client";
import { useEffect } from "react";

// A heading counts as "being read" once it has passed the top third of the viewport.
const readingLine = 0.33;

/** Marks the contents link of the section being read with aria-current. Renders nothing. */
export function TocTracker() {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(".toc a[href^='#']"));
    const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const update = () => {
      let active = -1;
      targets.forEach((t, i) => {
        if (t && t.getBoundingClientRect().top < window.innerHeight * readingLine) active = i;
      });
      links.forEach((a, i) => (i === active ? a.setAttribute("aria-current", "location") : a.removeAttribute("aria-current")));
    };
    // The observer fires only when a heading crosses the reading line, so scrolling costs nothing in between.
    const observer = new IntersectionObserver(update, { rootMargin: `0px 0px -${100 - readingLine * 100}% 0px` });
    targets.forEach((t) => t && observer.observe(t));
    update();
    return () => observer.disconnect();
  }, []);
  return null;
}
