import { AUDIT_ACTIONS } from "../../../domain/audit";
import { OPD_KIND_LABELS, type OpdKind } from "../../../domain/opd";
import { ROLE_LABELS, type Role } from "../../../domain/roles";
import { useLanguage } from "./format";

/** Labels that live in domain/ (shared with the server and the API docs), in the current UI language. */
export function useDomainLabels() {
  const lang = useLanguage();
  return {
    role: (role: Role) => ROLE_LABELS[role]?.[lang] ?? role,
    opdKind: (kind: OpdKind) => OPD_KIND_LABELS[kind]?.[lang] ?? kind,
    auditAction: (action: string) => AUDIT_ACTIONS[action]?.[lang] ?? action,
  };
}
