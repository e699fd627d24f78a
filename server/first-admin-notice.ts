import type { FirstAdminResult } from "./services/people/first-admin";

/**
 * Tells the operator how to get in, on the console rather than the log: the set-up link
 * is a secret and must not land in log storage.
 */
export function announceFirstAdmin(result: FirstAdminResult, print: (line: string) => void = console.log): void {
  const box = (lines: string[]) => print(["", "─".repeat(72), ...lines, "─".repeat(72), ""].join("\n"));
  switch (result.kind) {
    case "exists":
      return;
    case "created":
      box([`Admin nasional dibuat: ${result.email}. Masuk dengan ADMIN_PASSWORD.`]);
      return;
    case "link":
      box([
        "Belum ada admin nasional. Buka tautan sekali pakai ini untuk membuatnya (berlaku 7 hari):",
        "",
        `  ${result.link}`,
        "",
        "Tautan ini hanya dicetak sekali. Kehilangan tautan? Jalankan: npx kotacerdas admin create --email ANDA@contoh.go.id",
      ]);
      return;
    case "link-already-issued":
      box([
        "Belum ada admin nasional; tautan penyiapan sudah dicetak sebelumnya dan masih berlaku.",
        "Kehilangan tautan? Jalankan: npx kotacerdas admin create --email ANDA@contoh.go.id",
      ]);
      return;
  }
}
