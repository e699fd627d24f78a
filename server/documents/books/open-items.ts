import { completeness } from "../../../domain/masterplan-completeness";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { planFactsOf } from "../../services/masterplans/plan-facts";
import { type Block, bulletList, italics, para } from "../model";

/** The submission checklist of a printed plan, from what the PrintPlan already holds. */
export function printCompleteness(pp: PrintPlan) {
  return completeness(
    planFactsOf({
      plan: pp.plan,
      dimensions: pp.dimensions,
      sections: Object.entries(pp.sections).map(([key, content]) => ({ key, content })),
      programs: pp.programs,
      quickWinCount: pp.quickWins.length,
      governanceKinds: pp.governanceBodies.map((b) => b.kind),
      requiredBodies: pp.requiredBodies,
    }),
  );
}

/** Every "[ … ]" placeholder in the printed text of blocks, in order, once each. */
export function placeholders(blocks: readonly Block[]): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const m of text.matchAll(/\[([^\]]+)\]/g)) if (m[1]) found.add(m[1].trim());
  };
  const runsText = (rs: ReadonlyArray<{ text: string }>) => rs.map((r) => r.text).join("");
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.kind === "paragraph") scan(runsText(b.runs));
      else if (b.kind === "heading") scan(b.text);
      else if (b.kind === "list") {
        const items = [...b.items];
        for (let item = items.shift(); item; item = items.shift()) {
          scan(runsText(item.runs));
          if (item.sublist) items.push(...item.sublist.items);
        }
      } else if (b.kind === "table") {
        if (b.caption) scan(b.caption);
        for (const row of [...b.header, ...b.rows]) for (const c of row) scan(runsText(c.runs));
      } else if (b.kind === "figure") scan(b.caption);
      else if (b.kind === "keep") walk(b.blocks);
    }
  };
  walk(blocks);
  return [...found];
}

/** A placeholder as a line of the list: up to its first colon, without the brackets. */
const shortPlaceholder = (text: string) => {
  const head = text.split(":")[0] ?? text;
  return head.length > 160 ? `${head.slice(0, 157)}…` : head;
};

/**
 * The "BELUM LENGKAP" page of a draft, right after the cover: what the submission checklist still
 * misses and every blank the book prints in brackets. An enacted plan never gets it.
 */
export function openItemsPage(pp: PrintPlan, body: readonly Block[]): Block[] {
  const open = printCompleteness(pp).items.filter((i) => !i.ok);
  const blanks = placeholders(body);
  const out: Block[] = [
    { kind: "heading", level: 1, text: "BELUM LENGKAP", toc: false },
    para(
      "Naskah ini adalah draf yang dicetak dari data masterplan apa adanya. Hal-hal berikut masih perlu dilengkapi sebelum masterplan diajukan untuk direviu dan ditetapkan.",
      { align: "justify" },
    ),
  ];
  if (open.length)
    out.push(
      para("Daftar periksa pengajuan:", { keepWithNext: true, tight: true }),
      bulletList(open.map((i) => i.message)),
    );
  if (blanks.length)
    out.push(
      para("Isian yang masih kosong di dalam buku ini:", { keepWithNext: true, tight: true }),
      bulletList(blanks.map(shortPlaceholder)),
    );
  if (!open.length && !blanks.length)
    out.push(para([italics("Daftar periksa pengajuan sudah terpenuhi; draf menunggu reviu dan penetapan.")]));
  return out;
}
