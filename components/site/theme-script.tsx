// Runs before first paint so the stored or system theme applies without a flash. It is the one
// inline script a static document may carry (lib/build/document-html.server.ts checks it verbatim).
export const themeScript = `(function(){try{var p=localStorage.getItem("lmh-theme");var d=p==="dark"||(p!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.dataset.theme=d?"dark":"light"}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: themeScript }} />;
}
