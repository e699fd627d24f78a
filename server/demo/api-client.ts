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

  async call<T = { data: unknown }>(method: Method, url: string, payload?: object): Promise<T> {
    const res = await this.app.inject({
      method,
      url,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), "user-agent": "kotacerdas seed --demo" },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`demo ${method} ${url}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : null) as T;
  }

  get = <T = { data: unknown }>(url: string) => this.call<T>("GET", url);
  post = <T = { data: unknown }>(url: string, body: object = {}) => this.call<T>("POST", url, body);
  put = <T = { data: unknown }>(url: string, body: object) => this.call<T>("PUT", url, body);
  patch = <T = { data: unknown }>(url: string, body: object) => this.call<T>("PATCH", url, body);
}
