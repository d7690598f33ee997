import "katex/dist/katex.min.css";
import "@/components/forum/forum.css";
import { preloadMathFonts } from "@/lib/content/math-font-preloads.server";

export default function ForumLayout({ children }: { children: React.ReactNode }) {
  preloadMathFonts();
  return children;
}
