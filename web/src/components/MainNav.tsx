import { VisuallyHidden } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import classes from "./AppLayout.module.css";

type MainNavProps = { vertical?: boolean; onNavigate?: () => void };

/** The product's places; the router marks the current one with aria-current="page". */
export function MainNav({ vertical = false, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t("app.mainNavigation")}
      data-testid="main-nav"
      className={vertical ? classes.vertical : undefined}
    >
      <Link to="/" className={classes.link} activeOptions={{ exact: true }} onClick={onNavigate}>
        {t("nav.home")}
      </Link>
      <Link to="/wilayah" className={classes.link} onClick={onNavigate}>
        {t("nav.regions")}
      </Link>
      <Link to="/kerangka" className={classes.link} onClick={onNavigate}>
        {t("nav.framework")}
      </Link>
      <a href="/api/docs" className={classes.link} target="_blank" rel="noopener">
        {t("nav.apiDocs")}
        <span aria-hidden="true">↗</span>
        <VisuallyHidden>{t("app.opensInNewTab")}</VisuallyHidden>
      </a>
    </nav>
  );
}
