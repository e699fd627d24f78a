import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string[]; body: string };

/**
 * A local SMTP server for tests. `refuse(n)` makes it answer the next n messages with a temporary
 * failure (451), `refuse(Infinity)` until told otherwise: an SMTP server that is down, then back.
 */
export async function startSmtp() {
  const received: ReceivedMail[] = [];
  let refusing = 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (refusing > 0) {
        refusing--;
        refused++;
        return callback(Object.assign(new Error("Layanan sementara tidak tersedia"), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, done) {
      let body = "";
      stream.on("data", (c: Buffer) => {
        body += c.toString();
      });
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Mails received for an address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    refuse: (n: number) => {
      refusing = n;
    },
    refused: () => refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
