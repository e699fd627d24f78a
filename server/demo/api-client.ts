import { randomBytes } from "node:crypto";
import type { App } from "../app";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** A person using the API in-process, with their session cookie: the demo acts through the same doors as users. */
export class DemoClient {
  constructor(
    private readonly app: App,
    private cookie = "",
  ) {}

  async signIn(email: string, password: string): Promise<DemoClient> {
    const res = await this.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`demo sign-in ${email}: ${res.statusCode} ${res.body}`);
    return new DemoClient(this.app, res.cookies.map((c) => `${c.name}=${c.value}`).join("; "));
  }

  private headers(extra: Record<string, string> = {}) {
    return { ...(this.cookie ? { cookie: this.cookie } : {}), "user-agent": "kotacerdas seed --demo", ...extra };
  }

  async call<T = { data: unknown }>(method: Method, url: string, payload?: object): Promise<T> {
    const res = await this.app.inject({ method, url, headers: this.headers(), ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`demo ${method} ${url}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : null) as T;
  }

  /**
   * Sends one file as multipart/form-data in the field `file`, as the browser's upload form
   * does, after the text `fields` (e.g. the evaluation item the evidence belongs to).
   */
  async upload<T = { data: unknown }>(
    url: string,
    file: { name: string; type: string; content: Buffer },
    fields: Record<string, string> = {},
  ): Promise<T> {
    const boundary = `----kotacerdas-demo-${randomBytes(8).toString("hex")}`;
    const text = Object.entries(fields)
      .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("");
    const head =
      `${text}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type}\r\n\r\n`;
    const res = await this.app.inject({
      method: "POST",
      url,
      headers: this.headers({ "content-type": `multipart/form-data; boundary=${boundary}` }),
      payload: Buffer.concat([Buffer.from(head, "utf8"), file.content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    if (res.statusCode >= 300) throw new Error(`demo upload ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  }

  get = <T = { data: unknown }>(url: string) => this.call<T>("GET", url);
  post = <T = { data: unknown }>(url: string, body: object = {}) => this.call<T>("POST", url, body);
  put = <T = { data: unknown }>(url: string, body: object) => this.call<T>("PUT", url, body);
  patch = <T = { data: unknown }>(url: string, body: object) => this.call<T>("PATCH", url, body);
}
