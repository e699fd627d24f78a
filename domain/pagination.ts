import { z } from "zod";

/** Default and largest page sizes shared by every list endpoint. */
export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 500;

/** Query parameters `page` and `pageSize` accepted by every list endpoint. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe("Nomor halaman, mulai dari 1"),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE_MAX)
    .default(PAGE_SIZE_DEFAULT)
    .describe(`Jumlah baris per halaman (maksimal ${PAGE_SIZE_MAX})`),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** The envelope of every list response: `{ data, total, page, pageSize }`. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/** Row offset of a page in SQL terms. */
export function pageOffset(q: PageQuery): number {
  return (q.page - 1) * q.pageSize;
}
