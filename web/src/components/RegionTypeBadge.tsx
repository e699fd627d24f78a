import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RegionType } from "../../../domain/regions";

const COLORS: Record<RegionType, string> = { provinsi: "grape", kabupaten: "teal", kota: "blue" };

/** Provinsi / Kabupaten / Kota, one colour each so a long table scans quickly. */
export function RegionTypeBadge({ type }: { type: RegionType }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[type]} variant="light" radius="sm" tt="none">
      {t(`regionType.${type}`)}
    </Badge>
  );
}
