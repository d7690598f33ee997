// The demo's React root, loaded by <lmh-demo> only when a demo scrolls into view: pages themselves
// ship no React.
import { createRoot } from "react-dom/client";
import { Demo, type DemoProps } from "@/components/demos/demo";

export function mountDemo(host: HTMLElement, props: DemoProps): () => void {
  const root = createRoot(host);
  root.render(<Demo {...props} />);
  return () => root.unmount();
}
