/**
 * A small, valid one-page PDF (A4, Helvetica) with the given lines, built in memory with a
 * correct cross-reference table: the demo's stand-in for a scanned, signed Perwali.
 * Non-ASCII characters are replaced, since the standard font is used without embedding.
 */
export function simplePdf(title: string, lines: readonly string[]): Buffer {
  const ascii = (s: string) =>
    s
      .replace(/[–—]/g, "-")
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/[^\x20-\x7e]/g, "?")
      .replace(/([\\()])/g, "\\$1");
  const text = [
    "BT /F1 14 Tf 72 770 Td",
    `(${ascii(title)}) Tj`,
    "/F1 11 Tf 0 -28 Td",
    ...lines.flatMap((l) => [`(${ascii(l)}) Tj`, "0 -16 Td"]),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Title (${ascii(title)}) /Producer (Kota Cerdas demo) >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A demo evidence file (bukti dukung): a one-page PDF named after its title, marked as an example. */
export function evidencePdf(title: string, lines: readonly string[]) {
  return {
    name: `${title}.pdf`,
    type: "application/pdf",
    content: simplePdf(title.toUpperCase(), [
      ...lines,
      "",
      "Dokumen contoh dari demo Kota Cerdas; bukan dokumen resmi.",
    ]),
  };
}
