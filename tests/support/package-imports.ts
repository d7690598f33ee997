// Which packages a source file imports, read with regular expressions: enough for this
// project's own code, where every import is a plain string literal.
import { builtinModules } from "node:module";

// `import … from <specifier>` and `export … from <specifier>` (also across lines and with `type`),
// bare `import <specifier>`, dynamic `import(<specifier>)` and `require(<specifier>)`, specifiers quoted.
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\(\s*["']([^"']+)["']\s*\)/g,
];
// Block comments, and line comments not preceded by ":" (which keeps "https://…" in strings).
const COMMENTS = /\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm;

export function importedSpecifiers(source: string): string[] {
  const code = source.replace(COMMENTS, "$1");
  return SPECIFIERS.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
}

/** The package a specifier names, or undefined for relative paths, Node's builtins and the `@/` alias. */
export function packageOf(specifier: string): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.startsWith("@/") || specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

/** The @types package that would declare a package's types: @types/x, or @types/scope__x. */
export function typesPackageOf(name: string): string {
  return `@types/${name.replace(/^@/, "").replace("/", "__")}`;
}
