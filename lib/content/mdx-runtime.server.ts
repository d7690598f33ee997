import "server-only";
import type { MDXComponents } from "mdx/types";
import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";

type MdxContent = (props: { components?: MDXComponents }) => React.ReactNode;

const cache = new WeakMap<{ code: string }, MdxContent>();

/**
 * Turns mdx-bundler's output into a component, once per compiled page. mdx-bundler's own client
 * helper is not used: the package is external to Next's server bundle, so its `require("react")`
 * would load a second React next to the one React Server Components render with.
 */
function mdxContent(compiled: { code: string }): MdxContent {
  let component = cache.get(compiled);
  if (!component) {
    const scope = { React, ReactDOM: {}, _jsx_runtime: jsxRuntime };
    const fn = new Function(...Object.keys(scope), compiled.code) as (...args: unknown[]) => { default: MdxContent };
    component = fn(...Object.values(scope)).default;
    cache.set(compiled, component);
  }
  return component;
}

/** The page's MDX body rendered with these components (its component keeps one identity per page). */
export function renderMdx(compiled: { code: string }, components: MDXComponents): React.ReactElement {
  return React.createElement(mdxContent(compiled), { components });
}
