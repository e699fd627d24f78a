import { useEffect } from "react";

/** Sets the tab title to "Page · Kota Cerdas", so history and tabs tell pages apart. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Kota Cerdas` : "Kota Cerdas";
  }, [title]);
}
