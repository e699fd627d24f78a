import { useEffect } from "react";

function setMeta(attr: "property" | "name", key: string, content: string) {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (!el) {
    el = document.createElement("meta");
    el.setAttribute(attr, key);
    document.head.appendChild(el);
  }
  el.content = content;
}

/**
 * Open Graph and description meta of a public page, so a link shared from the browser carries
 * the page's title and summary (crawlers that run scripts read them; others get the defaults).
 */
export function useOpenGraph(title: string | undefined, description: string | undefined): void {
  useEffect(() => {
    if (!title || !description) return;
    setMeta("property", "og:title", title);
    setMeta("property", "og:description", description);
    setMeta("property", "og:type", "website");
    setMeta("property", "og:url", window.location.href);
    setMeta("name", "description", description);
    return () => {
      for (const key of ["og:title", "og:description", "og:type", "og:url"])
        document.head.querySelector(`meta[property="${key}"]`)?.remove();
      document.head.querySelector('meta[name="description"]')?.remove();
    };
  }, [title, description]);
}
