import type { MapSeriesOption } from "echarts/charts";
import { MapChart } from "echarts/charts";
import type { TooltipComponentOption } from "echarts/components";
import { TooltipComponent } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";
import type { GeoLayer } from "../../api/public-map";

echarts.use([MapChart, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<MapSeriesOption | TooltipComponentOption>;

export type MapItem = { code: string; colour: string; dimmed: boolean; tooltip: string };

// Both layers are laid out in the same box so the province outlines sit on the kab/kota fill.
const BOUNDS: [[number, number], [number, number]] = [
  [94.9, 6.2],
  [141.1, -11.1],
];
// Near the equator a degree is as wide as it is tall, so no aspect correction; fill the box.
const LAYOUT = { boundingCoords: BOUNDS, aspectScale: 1, left: 4, right: 4, top: 4, bottom: 4 } as const;
let registered = false;
function register(kabKota: GeoLayer, provinsi: GeoLayer) {
  if (registered) return;
  type GeoInput = Parameters<typeof echarts.registerMap>[1];
  echarts.registerMap("kc-kabkota", kabKota as unknown as GeoInput);
  echarts.registerMap("kc-provinsi", provinsi as unknown as GeoInput);
  registered = true;
}

type Ring = [number, number][];
function extend(box: number[], coords: unknown): void {
  if (Array.isArray(coords) && typeof coords[0] === "number") {
    const [x, y] = coords as [number, number];
    box[0] = Math.min(box[0] ?? x, x);
    box[1] = Math.min(box[1] ?? y, y);
    box[2] = Math.max(box[2] ?? x, x);
    box[3] = Math.max(box[3] ?? y, y);
  } else if (Array.isArray(coords)) for (const c of coords as Ring) extend(box, c);
}

/** Centre and zoom that frame one province, or nothing for the whole country. */
function focusOn(provinsi: GeoLayer, code: string | null | undefined) {
  const feature = code ? provinsi.features.find((f) => f.properties.code === code) : undefined;
  if (!feature) return {};
  const box: number[] = [];
  extend(box, (feature.geometry as { coordinates: unknown }).coordinates);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  const [[bx0, by0], [bx1, by1]] = BOUNDS;
  const zoom = 0.85 * Math.min((bx1 - bx0) / Math.max(x1 - x0, 0.05), (by0 - by1) / Math.max(y1 - y0, 0.05));
  return { center: [(x0 + x1) / 2, (y0 + y1) / 2], zoom: Math.min(12, Math.max(1, zoom)) };
}

/** The national kab/kota map: joined on the Kemendagri code (nameProperty), never on the name. */
export function NationalMap(props: {
  kabKota: GeoLayer;
  provinsi: GeoLayer;
  items: MapItem[];
  /** A province code to frame, or null for the whole country. */
  focus?: string | null;
  onSelect: (code: string) => void;
  label: string;
  height: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    register(props.kabKota, props.provinsi);
    const instance = echarts.init(el, undefined, { renderer: "svg" });
    chart.current = instance;
    instance.on("click", (p) => {
      if (p.seriesIndex === 0 && typeof p.name === "string" && p.name) onSelect.current(p.name);
    });
    // The outline layer follows the fill layer's pan and zoom.
    instance.on("georoam", () => {
      const series = (instance.getOption() as { series?: { zoom?: number; center?: unknown }[] }).series;
      const fill = series?.[0];
      if (fill) instance.setOption({ series: [{}, { zoom: fill.zoom, center: fill.center }] });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [props.kabKota, props.provinsi]);

  useEffect(() => {
    const view = focusOn(props.provinsi, props.focus);
    const option: Option = {
      animation: false,
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (p) => {
          const data = (p as { data?: { tooltip?: string } }).data;
          return data?.tooltip ?? "";
        },
      },
      series: [
        {
          type: "map",
          map: "kc-kabkota",
          nameProperty: "code",
          ...LAYOUT,
          ...view,
          roam: true,
          scaleLimit: { min: 1, max: 12 },
          selectedMode: false,
          itemStyle: { areaColor: "#e9ecef", borderColor: "#ffffff", borderWidth: 0.3 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#fab005" } },
          label: { show: false },
          data: props.items.map((i) => ({
            name: i.code,
            tooltip: i.tooltip,
            itemStyle: { areaColor: i.colour, opacity: i.dimmed ? 0.25 : 1 },
          })),
        },
        {
          type: "map",
          map: "kc-provinsi",
          nameProperty: "code",
          ...LAYOUT,
          ...view,
          roam: false,
          silent: true,
          tooltip: { show: false },
          itemStyle: { areaColor: "transparent", borderColor: "#495057", borderWidth: 0.8 },
          label: { show: false },
          data: [],
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: false, replaceMerge: ["series"] });
  }, [props.items, props.focus, props.provinsi]);

  return <div ref={ref} role="img" aria-label={props.label} style={{ width: "100%", height: props.height }} />;
}
