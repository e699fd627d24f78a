import { describe, expect, it } from "vitest";
import { CsvError, parseCsv } from "./csv-parse";

describe("parseCsv (RFC 4180)", () => {
  it("reads plain fields with CRLF or LF and a final line without break", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\n4,5,6")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
  });
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(parseCsv('nama,uraian\r\n"Mal, Publik","kata ""cerdas""\r\nbaris dua"\r\n')).toEqual([
      ["nama", "uraian"],
      ["Mal, Publik", 'kata "cerdas"\r\nbaris dua'],
    ]);
  });
  it("keeps empty fields and drops a BOM", () => {
    expect(parseCsv("\uFEFFa,,c\n,,\n")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
  it("takes the semicolon when the header uses it", () => {
    expect(parseCsv("a;b\n1,5;2\n")).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
  });
  it("refuses an unterminated quote", () => {
    expect(() => parseCsv('a\n"terbuka')).toThrow(CsvError);
  });
});
