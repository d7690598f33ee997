import "katex/dist/katex.min.css";
import "@/components/forum/forum.css";

export default function ForumLayout({ children }: { children: React.ReactNode }) {
  return children;
}
