export const site = {
  name: "Learning Mechanics Hub",
  tagline: "The physics of how neural networks learn",
  description:
    "A home for learning mechanics: expert perspectives, teaching pages with live demos, the field's open problems, a forum, and toy results that the server re-runs to check.",
};

export const sections = [
  { href: "/perspectives", label: "Perspectives" },
  { href: "/learn", label: "Learn" },
  { href: "/problems", label: "Open problems" },
  { href: "/forum", label: "Forum" },
  { href: "/results", label: "Results" },
] as const;
