// Where mail goes: the SMTP server named by SMTP_URL, or, with none set (the quick start), .eml
// files in DATA_DIR/outbox that any mail client opens. Messages are built by nodemailer either way.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { dataDir } from "@/lib/data-dir.server";
import { readEnv, siteOrigin } from "@/lib/env.server";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export function outboxDir(): string {
  return path.join(dataDir(readEnv()), "outbox");
}

export function mailFrom(): string {
  return readEnv().MAIL_FROM ?? `Learning Mechanics Hub <no-reply@${new URL(siteOrigin()).hostname}>`;
}

export function smtpConfigured(): boolean {
  return !!readEnv().SMTP_URL;
}

// One pooled transport per SMTP URL (the setting is read at each send).
const transports = new Map<string, nodemailer.Transporter>();
const fileBuilder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

/** Sends one message; throws when the SMTP server refuses it or cannot be reached. */
export async function transmit(message: MailMessage, id: string): Promise<void> {
  const env = readEnv();
  const mail = { from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers, messageId: `<${id}@${new URL(siteOrigin()).hostname}>` };
  if (env.SMTP_URL) {
    let smtp = transports.get(env.SMTP_URL);
    if (!smtp) transports.set(env.SMTP_URL, (smtp = nodemailer.createTransport(env.SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 })));
    await smtp.sendMail(mail);
    return;
  }
  const built = await fileBuilder.sendMail(mail);
  await mkdir(outboxDir(), { recursive: true });
  await writeFile(path.join(outboxDir(), `${new Date().toISOString().replace(/[:.]/g, "-")}-${id}.eml`), built.message as Buffer);
}
