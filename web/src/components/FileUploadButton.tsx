import { Button, FileButton } from "@mantine/core";
import { useState } from "react";

// What the server accepts for uploads (checked again there by content, not by name).
export const UPLOAD_ACCEPT =
  ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,application/pdf,image/png,image/jpeg," +
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document," +
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet," +
  "application/vnd.openxmlformats-officedocument.presentationml.presentation";

type FileUploadButtonProps = {
  label: string;
  ariaLabel?: string;
  accept?: string;
  onFile: (file: File) => Promise<unknown>;
  testId?: string;
  size?: "xs" | "compact-sm" | "sm";
};

/** A button that opens the file picker and uploads the chosen file, busy while it goes. */
export function FileUploadButton({
  label,
  ariaLabel,
  accept = UPLOAD_ACCEPT,
  onFile,
  testId,
  size,
}: FileUploadButtonProps) {
  const [busy, setBusy] = useState(false);
  return (
    <FileButton
      accept={accept}
      onChange={(file) => {
        if (!file) return;
        setBusy(true);
        void onFile(file).finally(() => setBusy(false));
      }}
      inputProps={{ "data-testid": testId ? `${testId}-input` : undefined } as Record<string, string | undefined>}
    >
      {(props) => (
        <Button
          {...props}
          size={size ?? "compact-sm"}
          variant="light"
          loading={busy}
          aria-label={ariaLabel}
          data-testid={testId}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
}
