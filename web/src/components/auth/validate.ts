import type { TFunction } from "i18next";

export const PASSWORD_MIN = 10;

/** Client-side checks that save a round trip; the server checks the same again. */
export function emailError(t: TFunction, email: string): string | undefined {
  const value = email.trim();
  if (!value) return t("auth.emailRequired");
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : t("auth.emailInvalid");
}

export function newPasswordErrors(
  t: TFunction,
  password: string,
  repeat: string,
): { password?: string; repeat?: string } {
  if (password.length < PASSWORD_MIN) return { password: t("auth.passwordMin") };
  if (password !== repeat) return { repeat: t("auth.passwordMismatch") };
  return {};
}

/** Drops the keys whose value is undefined, so "no errors" is an empty object. */
export function definedOnly<T extends Record<string, string | undefined>>(errors: T): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined)) as Record<string, string>;
}
