"use client";
// The only demo code shipped with the page: shows the server-rendered poster and swaps in the
// interactive demo (uPlot, the worker) with a dynamic import once the box nears the viewport.
import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { DemoProps } from "./demo";

export function DemoLoader({ children, ...props }: DemoProps & { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [Demo, setDemo] = useState<ComponentType<DemoProps> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        import("./demo").then(
          (m) => setDemo(() => m.Demo),
          () => setFailed(true),
        );
      },
      { rootMargin: "200px 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} className="h-full" data-demo-loaded={Demo ? "true" : "false"}>
      {Demo ? <Demo {...props} /> : children}
      {failed && (
        <p role="alert" className="px-4 text-sm text-danger">
          The interactive demo failed to load. Reload the page to try again.
        </p>
      )}
    </div>
  );
}
