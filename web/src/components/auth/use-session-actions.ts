import { type Query, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ME_KEY, type Me, meQuery, signIn, signOut } from "../../api/session";
import { isLanguage } from "../../i18n";

// Reference data reads the same for everyone; everything else depends on who is signed in.
const PUBLIC_KEYS = new Set(["regions", "frameworks", "invitation-preview"]);
const isPrivate = (query: Query) => {
  const key = String(query.queryKey[0]);
  return !PUBLIC_KEYS.has(key) && key !== ME_KEY[0];
};

/** Signs in, switches the UI to the person's language and refreshes what depends on the session. */
export function useSignInAction(): (email: string, password: string) => Promise<Me | null> {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return async (email, password) => {
    const { user } = await signIn(email, password);
    if (isLanguage(user.language) && user.language !== i18n.language) await i18n.changeLanguage(user.language);
    const me = await queryClient.fetchQuery({ ...meQuery(), staleTime: 0 });
    await queryClient.invalidateQueries({ predicate: isPrivate });
    return me;
  };
}

/** Signs out, forgets everything private and goes home; a failed call still leaves this browser signed out. */
export function useSignOutAction(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    try {
      await signOut();
    } finally {
      queryClient.setQueryData(ME_KEY, null);
      await navigate({ to: "/" });
      queryClient.removeQueries({ predicate: isPrivate });
    }
  };
}
