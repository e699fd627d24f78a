import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError, hasCode } from "../../api/client";
import { saveSection, sectionQuery } from "../../api/masterplans";

/** The 422 messages keyed by their full path without the body prefix: "missions.0.text" → message. */
export function issueMessages(error: unknown, prefix = "content."): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    const key = path.replace(/^body\.?/, "").replace(new RegExp(`^${prefix.replace(".", "\\.")}`), "");
    out[key || "_"] ??= message;
  }
  return out;
}

/**
 * One chapter: its stored content, and saving it with the version read. A stale save sets
 * `conflict`; `reload` takes the latest version while the form keeps what the person typed.
 */
export function useSection(planId: number, key: string) {
  const client = useQueryClient();
  const query = useQuery(sectionQuery(planId, key));
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  /** Saves the chapter; true once stored, false when refused (the form keeps what was typed). */
  const save = async (content: Record<string, unknown>): Promise<boolean> => {
    if (!query.data) return false;
    setBusy(true);
    setSaved(false);
    setReloaded(false);
    setErrors({});
    setFailure(null);
    try {
      const body = await saveSection(planId, key, content, baseVersion ?? query.data.version);
      client.setQueryData(sectionQuery(planId, key).queryKey, body);
      setBaseVersion(null);
      setSaved(true);
      void client.invalidateQueries({ queryKey: ["masterplans", "completeness", planId] });
      // The plan's `can.submit` follows the checklist.
      void client.invalidateQueries({ queryKey: ["masterplans", "detail", planId] });
      return true;
    } catch (cause) {
      if (hasCode(cause, "version_conflict")) setConflict(true);
      else {
        const found = issueMessages(cause);
        if (Object.keys(found).length > 0) setErrors(found);
        else setFailure(cause);
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    setBusy(true);
    const fresh = await query.refetch();
    if (fresh.data) setBaseVersion(fresh.data.version);
    setConflict(false);
    setReloaded(true);
    setBusy(false);
  };

  return { query, save, reload, conflict, reloaded, saved, errors, failure, busy };
}

export type SectionState = ReturnType<typeof useSection>;
