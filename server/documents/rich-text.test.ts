import { describe, expect, it } from "vitest";
import { decodeEntities, richTextBlocks } from "./rich-text";

describe("narratives as document blocks", () => {
  it("turns paragraphs with bold and italic into runs", () => {
    expect(richTextBlocks("<p>Mal <strong>Pelayanan</strong> <em>Publik</em> &amp; UMKM</p>")).toEqual([
      {
        kind: "paragraph",
        align: "justify",
        runs: [
          { text: "Mal " },
          { text: "Pelayanan", bold: true },
          { text: " " },
          { text: "Publik", italics: true },
          { text: " & UMKM" },
        ],
      },
    ]);
  });

  it("keeps line breaks and drops empty paragraphs", () => {
    const blocks = richTextBlocks("<p>baris satu<br>baris dua</p><p> </p><p></p>");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ runs: [{ text: "baris satu" }, { text: "\n" }, { text: "baris dua" }] });
  });

  it("turns nested lists into lists with sublists", () => {
    const [list] = richTextBlocks("<ol><li>Satu<ul><li>a</li><li>b</li></ul></li><li>Dua</li></ol>");
    expect(list).toEqual({
      kind: "list",
      style: "decimal",
      items: [
        {
          runs: [{ text: "Satu" }],
          sublist: { kind: "list", style: "bullet", items: [{ runs: [{ text: "a" }] }, { runs: [{ text: "b" }] }] },
        },
        { runs: [{ text: "Dua" }] },
      ],
    });
  });

  it("sanitizes again: scripts vanish, other tags keep their text", () => {
    const blocks = richTextBlocks('<p onclick="x()">Aman<script>alert(1)</script> <a href="#">tautan</a></p>');
    expect(blocks).toEqual([{ kind: "paragraph", align: "justify", runs: [{ text: "Aman tautan" }] }]);
    expect(richTextBlocks(null)).toEqual([]);
  });

  it("decodes character references", () => {
    expect(decodeEntities("Galendo &amp; Kuliner &ndash; 5&#8239;% &#x2013; &unknown;")).toBe(
      "Galendo & Kuliner – 5\u202f% – &unknown;",
    );
  });
});
