import type { Figure, Outline } from "../model";

/**
 * Numbers table and figure captions per chapter: "Tabel 4.3 …", "Gambar 4.1 …". Each number is
 * taken only when the table or figure is actually printed, so a missing figure leaves no gap.
 */
export class Captions {
  private chapter = 0;
  private tables = 0;
  private figures = 0;

  constructor(private readonly outline: Outline) {}

  private sync() {
    if (this.outline.currentChapter !== this.chapter) {
      this.chapter = this.outline.currentChapter;
      this.tables = 0;
      this.figures = 0;
    }
  }

  /** The next table caption of the current chapter. */
  table(text: string): string {
    this.sync();
    this.tables += 1;
    return `Tabel ${this.chapter}.${this.tables} ${text}`;
  }

  /** A figure captioned with the next figure number of the current chapter; null takes no number. */
  figure(text: string, make: (caption: string) => Figure | null): Figure | null {
    this.sync();
    const fig = make(`Gambar ${this.chapter}.${this.figures + 1} ${text}`);
    if (fig) this.figures += 1;
    return fig;
  }
}
