// A real SMTP server for the tests: it accepts every message (no TLS, any credentials), parses
// it, and serves what it received as JSON over HTTP, so tests in other processes can read the
// mail the site sent. Run as a script for Playwright (ports from LMH_SMTP_PORT and
// LMH_SMTP_HTTP_PORT) or started in-process by vitest's global setup.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface SmtpSink {
  smtpUrl: string;
  httpUrl: string;
  stop(): Promise<void>;
}

export async function startSmtpSink(smtpPort = 0, httpPort = 0): Promise<SmtpSink> {
  const inbox: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const headers: Record<string, string> = {};
          for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers,
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  const boundSmtp = (smtp.server.address() as AddressInfo).port;

  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sink");
    const to = url.searchParams.get("to")?.toLowerCase();
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(to ? inbox.filter((m) => m.to.includes(to)) : inbox));
  });
  await new Promise<void>((resolve) => http.listen(httpPort, "127.0.0.1", resolve));
  const boundHttp = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${boundSmtp}`,
    httpUrl: `http://127.0.0.1:${boundHttp}`,
    stop: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sink = await startSmtpSink(Number(process.env.LMH_SMTP_PORT), Number(process.env.LMH_SMTP_HTTP_PORT));
  console.log(`[smtp-sink] ${sink.smtpUrl}, messages at ${sink.httpUrl}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void sink.stop().then(() => process.exit(0)));
}
