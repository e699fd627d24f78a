import { describe, expect, it } from "vitest";
import { fitInto, imageInfo } from "./image-size";
import { JPEG_20x24, pngImage } from "./test-images";

describe("imageInfo", () => {
  it("reads a PNG's size from its header", () => {
    expect(imageInfo(pngImage(120, 80))).toEqual({ type: "png", width: 120, height: 80 });
  });

  it("reads a JPEG's size from its start-of-frame segment", () => {
    expect(imageInfo(JPEG_20x24)).toEqual({ type: "jpg", width: 20, height: 24 });
  });

  it("refuses other bytes and headers cut short", () => {
    expect(imageInfo(Buffer.from("%PDF-1.4 bukan gambar"))).toBeNull();
    expect(imageInfo(pngImage(10, 10).subarray(0, 20))).toBeNull();
    expect(imageInfo(JPEG_20x24.subarray(0, 30))).toBeNull();
  });
});

describe("fitInto", () => {
  it("keeps the proportions within the box", () => {
    expect(fitInto({ width: 200, height: 100 }, { width: 100, height: 100 })).toEqual({ width: 100, height: 50 });
    expect(fitInto({ width: 100, height: 300 }, { width: 100, height: 150 })).toEqual({ width: 50, height: 150 });
  });
});
