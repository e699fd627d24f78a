import { useMediaQuery } from "@mantine/hooks";
import { useLayoutEffect, useRef, useState } from "react";

/**
 * Whether the person's name may show beside the avatar. It gives way when the header's navigation
 * was seen wrapping onto a second line at this window width or a narrower one; labels differ by
 * language and role, so the fit is measured rather than guessed. `resetKey` starts measuring again.
 */
export function useHeaderFit(resetKey: string) {
  const navRef = useRef<HTMLElement | null>(null);
  const [stored, setStored] = useState({ key: resetKey, width: 0 });
  const wrappedAt = stored.key === resetKey ? stored.width : 0;
  const nameHidden = useMediaQuery(`(max-width: ${wrappedAt / 16}em)`, false, { getInitialValueInEffect: false });

  // After every render: the nav may just have come back from the drawer, or changed its links.
  useLayoutEffect(() => {
    const nav = navRef.current;
    if (!nav || nameHidden) return;
    const check = () => {
      const first = nav.firstElementChild;
      if (!(first instanceof HTMLElement) || nav.offsetHeight <= first.offsetHeight * 1.5) return;
      const width = window.innerWidth;
      setStored((s) => ({ key: resetKey, width: Math.max(s.key === resetKey ? s.width : 0, width) }));
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(nav);
    return () => observer.disconnect();
  });

  return { navRef, showName: !nameHidden };
}
