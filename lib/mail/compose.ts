// The site's plain transactional messages: a greeting, a few paragraphs, one button-like link,
// and the same text as text/plain. Everything interpolated is escaped.
import { site } from "@/lib/site";

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface Composed {
  subject: string;
  text: string;
  html: string;
}

export function compose({ subject, paragraphs, action, footer }: { subject: string; paragraphs: string[]; action?: { label: string; url: string }; footer?: string }): Composed {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), ...(footer ? ["--", footer] : []), site.name].join("\n\n");
  const html = [
    `<div style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1f;max-width:36em">`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:8px 14px;background:#1f4e8c;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:13px;color:#555">Or open ${escapeHtml(action.url)}</p>` : "",
    footer ? `<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:13px;color:#555">${escapeHtml(footer)}</p>` : "",
    `<p style="font-size:13px;color:#555">${escapeHtml(site.name)}</p></div>`,
  ].join("");
  return { subject, text, html };
}
