import { useLocation } from "@tanstack/react-router";
import { useEffect } from "react";

const WAIT_MS = 8000;

/**
 * Brings the row a link points at (`#keluaran-12`, `#realisasi-40`) into view once the page has
 * loaded it: tasks and notifications link to the row where the action is done, and that row
 * usually arrives with the page's data, after the navigation. The row is outlined for a moment
 * and focused (made focusable if it is not), so a keyboard or screen-reader user lands there too.
 */
export function ScrollToHash() {
  const hash = useLocation({ select: (l) => l.hash });
  useEffect(() => {
    const id = decodeURIComponent(hash ?? "").replace(/^#/, "");
    if (!/^[a-z]+-\d+$/.test(id)) return;
    let done = false;
    const reveal = () => {
      const el = document.getElementById(id);
      if (!el || done) return false;
      done = true;
      el.scrollIntoView({ block: "center" });
      if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
      el.focus({ preventScroll: true });
      el.setAttribute("data-targeted", "true");
      window.setTimeout(() => el.removeAttribute("data-targeted"), 2500);
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [hash]);
  return null;
}
