import { Link } from "@tanstack/react-router";
import type { ComponentPropsWithoutRef } from "react";
import { linkOf } from "../routes/server-href";

type HrefLinkProps = { href: string } & Omit<ComponentPropsWithoutRef<"a">, "href">;

/** A link to a path the API gave (a task's or a notification's `href`, search included), followed by the router. */
export function HrefLink({ href, children, ...rest }: HrefLinkProps) {
  const link = linkOf(href);
  // Anything that is not a path of this site is shown, not followed.
  if (!link) return <span className={rest.className}>{children}</span>;
  return (
    <Link to={link.to} search={link.search} hash={link.hash} {...rest}>
      {children}
    </Link>
  );
}
