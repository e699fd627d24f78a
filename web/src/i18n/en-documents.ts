import type { idDocuments } from "./id-documents";

/** English texts of the official documents; typed by the Indonesian. */
export const enDocuments: typeof idDocuments = {
  documents: {
    menu: "Download documents",
    menuTitle: "Official masterplan documents",
    draftBadge: "DRAFT",
    draftNote: "The masterplan is not enacted yet: every document is marked DRAF (draft).",
    enactedNote: "Generated from the enacted masterplan.",
    loading: "Loading the documents…",
    generatingNote: "Documents are generated from the latest data when downloaded; allow a few seconds.",
    downloadAs: "Download {{title}} as {{format}}",
    resultLetter: "Assessment result letter",
    resultLetterDraft: "Draft assessment result letter",
    mouSummary: "MoU summary",
    mouSummaryShort: "Summary",
    mouSummaryOf: "MoU summary of {{region}}",
    emblem: {
      title: "Region emblem",
      alt: "Emblem of {{region}}",
      none: "No region emblem yet.",
      hint: "PNG or JPEG, 2 MB at most. The emblem is printed on the covers of the masterplan books.",
      upload: "Upload emblem",
      replace: "Replace emblem",
      remove: "Remove emblem",
      uploaded: "Region emblem saved.",
      removed: "Region emblem removed from the document covers.",
      confirmTitle: "Remove region emblem",
      confirm: "Remove the emblem of {{region}} from the official document covers? The file stays in the audit trail.",
    },
  },
};
