import type { SendFeedback } from "../../../domain/feedback";
import { displayRegionName, type RegionType } from "../../../domain/regions";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { feedback } from "../../db/schema/index";
import { type FileStore, saveBuffer } from "../../files/store";
import { feedbackReceivedMail } from "../../mail/feedback-mail";
import { checkFeedbackAbuse } from "./check-abuse";
import { findFeedbackSubject } from "./find-feedback-subject";
import { newFollowToken } from "./follow-token";
import { type PreparedPhoto, preparePhoto } from "./prepare-photo";
import type { FeedbackSettings } from "./settings";

export type SendFeedbackOptions = {
  region: { code: string; name: string; type: RegionType };
  input: SendFeedback;
  photo: Buffer | null;
  store: FileStore;
  settings: FeedbackSettings;
  ctx: RequestContext;
};

/**
 * A citizen's feedback: checked (subject in the enacted plan, abuse rules, photo) before anything
 * is written, then stored with its photo in one transaction that also audits it and tells the
 * region's coordinators. Returns the private follow token, which is stored only as a hash.
 */
export async function sendFeedback(db: Db, opts: SendFeedbackOptions) {
  const { region, input, ctx } = opts;
  const subject = await findFeedbackSubject(db, {
    regionCode: region.code,
    kind: input.subjectKind,
    id: input.subjectId,
  });
  await checkFeedbackAbuse(db, { input, ip: ctx.ip, settings: opts.settings });
  const photo: PreparedPhoto | null = opts.photo ? await preparePhoto(opts.photo) : null;
  const { token, hash } = newFollowToken();
  const email = input.email.toLowerCase() || null;
  const regionName = displayRegionName(region);
  let mailId: number | undefined;
  const row = await db.transaction(async (tx) => {
    const file = photo
      ? await saveBuffer(
          tx,
          opts.store,
          { buffer: photo.buffer, filename: `foto-masukan.${photo.ext}` },
          {
            regionCode: region.code,
            uploadedBy: null,
          },
        )
      : null;
    const [created] = await tx
      .insert(feedback)
      .values({
        regionCode: region.code,
        programId: subject.kind === "program" ? subject.id : null,
        quickWinId: subject.kind === "quick_win" ? subject.id : null,
        category: input.category,
        body: input.body,
        senderName: input.name || null,
        senderEmail: email,
        senderIp: ctx.ip,
        photoFileId: file?.id ?? null,
        followTokenHash: hash,
      })
      .returning();
    if (!created) throw new Error("feedback insert returned nothing");
    // The audit trail is kept for ever and cannot be edited: the sender's e-mail and network
    // address stay out of it (they live on the feedback row until the retention period ends).
    await recordAudit(
      tx,
      { ...ctx, ip: null, userAgent: null },
      {
        action: "feedback.received",
        entityType: "feedback",
        entityId: created.id,
        regionCode: region.code,
        after: {
          category: created.category,
          subject: `${subject.kind}:${subject.id}`,
          body: created.body,
          name: created.senderName,
          withEmail: email !== null,
          withPhoto: file !== null,
        },
      },
    );
    if (email && ctx.mail) {
      const link = `${ctx.mail.publicUrl}/masukan/${token}`;
      mailId = await ctx.mail.mailer.queue(
        tx,
        feedbackReceivedMail({ to: email, regionName, subject: subject.title, link }),
      );
    }
    return created;
  });
  if (mailId !== undefined && ctx.mail) await ctx.mail.mailer.deliver(db, mailId);
  return { feedback: row, followToken: token };
}
