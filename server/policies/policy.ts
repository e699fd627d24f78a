import type { Actor } from "../../domain/roles";
import { AppError } from "../errors";

// biome-ignore lint/suspicious/noExplicitAny: each rule names its own resource type; `any` only bounds them.
type AnyRule = (actor: Actor, resource: any) => boolean;
type ResourceOf<R> = R extends (actor: Actor, resource: infer T) => boolean ? T : never;
type AllOf<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A resource's rules, one per action; the public (no actor) is allowed nothing here. */
export function definePolicy<T extends Record<string, AnyRule>>(name: string, rules: T) {
  type Action = keyof T & string;
  const actions = Object.keys(rules) as Action[];
  return {
    name,
    can<A extends Action>(actor: Actor | null, action: A, resource: ResourceOf<T[A]>): boolean {
      return actor !== null && (rules[action] as AnyRule)(actor, resource);
    },
    /** The `can` object of a response: every action of this resource, true or false. */
    abilities(actor: Actor | null, resource: AllOf<ResourceOf<T[Action]>>): Record<Action, boolean> {
      return Object.fromEntries(
        actions.map((a) => [a, actor !== null && (rules[a] as AnyRule)(actor, resource)]),
      ) as Record<Action, boolean>;
    },
    /** 401 for the public, 403 with a reason code (`opd.update`) for a signed-in actor not allowed. */
    authorize<A extends Action>(actor: Actor | null, action: A, resource: ResourceOf<T[A]>): void {
      if (!actor) throw new AppError("unauthenticated");
      if (!(rules[action] as AnyRule)(actor, resource))
        throw new AppError("forbidden", { reason: `${name}.${action}` });
    },
  };
}
