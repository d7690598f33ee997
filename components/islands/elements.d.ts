// JSX types for the site's custom elements (components/islands): server components render them,
// the islands script gives them behaviour.
import type { DetailedHTMLProps, HTMLAttributes } from "react";

type CustomElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "lmh-theme-toggle": CustomElement;
      "lmh-user-menu": CustomElement;
      "lmh-notification-bell": CustomElement;
      "lmh-toc": CustomElement;
      "lmh-citation-cards": CustomElement;
      "lmh-updated-since": CustomElement;
      "lmh-demo": CustomElement;
      "lmh-recent-problems": CustomElement;
      "lmh-discussion": CustomElement;
      "lmh-latest-discussion": CustomElement;
    }
  }
}
