// DatasetMeta (the one metadata shape) → CKAN 2.10 dictionaries: package, resource, organization,
// group and tag, with the keys and value formats `package_show` and friends answer.
import type { DatasetMeta, PublisherOut } from "../../../domain/open-data/dataset";
import { uuidV5 } from "../open-data/dataset-id";

/** CKAN's timestamps: Python `isoformat()` of a naive UTC datetime (no zone suffix, microseconds unless zero). */
export function ckanDate(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  const base = d.toISOString().slice(0, 19);
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? base : `${base}.${String(ms).padStart(3, "0")}000`;
}

const FREQUENCY_URI = "http://publications.europa.eu/resource/authority/frequency/";
const THEME_URI = "http://publications.europa.eu/resource/authority/data-theme/";

/** A smart city dimension as a CKAN group. */
export type CkanGroupDef = { code: string; title: string; description: string; created: string };

export const organizationId = (publisher: Pick<PublisherOut, "code">) => uuidV5(`ckan-organization:${publisher.code}`);
export const groupId = (code: string) => uuidV5(`ckan-group:${code}`);
export const tagId = (name: string) => uuidV5(`ckan-tag:${name}`);

/** The organization dict as it is embedded in a package (`package_show().organization`). */
export function ckanOrganization(publisher: PublisherOut, created: string) {
  return {
    id: organizationId(publisher),
    name: publisher.slug,
    title: publisher.name,
    type: "organization",
    description: "",
    image_url: "",
    created: ckanDate(created),
    is_organization: true,
    approval_status: "approved",
    state: "active",
  };
}

/** The organization or group dict of `*_list?all_fields=true` and `*_show`. */
export function ckanGroupDict(
  base: ReturnType<typeof ckanOrganization> | ReturnType<typeof ckanGroup>,
  packageCount: number,
  extras: Array<{ key: string; value: string }> = [],
) {
  return {
    ...base,
    display_name: base.title,
    image_display_url: "",
    package_count: packageCount,
    num_followers: 0,
    extras,
  };
}

export function ckanGroup(def: CkanGroupDef, created: string) {
  return {
    id: groupId(def.code),
    name: def.code,
    title: def.title,
    type: "group",
    description: def.description,
    image_url: "",
    created: ckanDate(created),
    is_organization: false,
    approval_status: "approved",
    state: "active",
  };
}

export function ckanTag(name: string) {
  return { id: tagId(name), name, display_name: name, state: "active", vocabulary_id: null };
}

/** CKAN tag names allow letters, digits, spaces and `-_.`; keywords are kept as they are in Indonesian. */
export const tagsOf = (meta: DatasetMeta) => meta.keywords.id;

/** The package dict of `package_show` and `package_search` results, as CKAN 2.10 answers it. */
export function ckanPackage(meta: DatasetMeta, groups: ReadonlyMap<string, CkanGroupDef>) {
  const created = ckanDate(meta.issued);
  const modified = ckanDate(meta.modified);
  const organization = ckanOrganization(meta.publisher, meta.issued);
  const tags = tagsOf(meta).map(ckanTag);
  const extras: Array<{ key: string; value: string }> = [
    { key: "contact_email", value: meta.contactPoint.email },
    { key: "contact_name", value: meta.contactPoint.name },
    { key: "frequency", value: `${FREQUENCY_URI}${meta.frequency}` },
    { key: "identifier", value: meta.id },
    { key: "issued", value: meta.issued },
    { key: "language", value: "id" },
    { key: "modified", value: meta.modified },
    { key: "notes_en", value: meta.description.en },
    { key: "publisher_code", value: meta.publisher.code },
    { key: "publisher_name", value: meta.publisher.name },
    { key: "spatial_code", value: meta.spatial.code },
    { key: "spatial_name", value: meta.spatial.name },
    { key: "temporal_end", value: meta.temporal.end ?? "" },
    { key: "temporal_start", value: meta.temporal.start ?? "" },
    { key: "theme", value: JSON.stringify(meta.themes.map((t) => `${THEME_URI}${t}`)) },
    { key: "title_en", value: meta.title.en },
  ].filter((e) => e.value !== "");
  if (meta.rowCount !== null) extras.push({ key: "row_count", value: String(meta.rowCount) });
  extras.sort((a, b) => a.key.localeCompare(b.key));
  return {
    id: meta.id,
    name: meta.name,
    title: meta.title.id,
    notes: meta.description.id,
    url: meta.landingPage,
    version: null,
    type: "dataset",
    state: "active",
    private: false,
    isopen: true,
    license_id: meta.license.id,
    license_title: meta.license.title,
    license_url: meta.license.url,
    author: meta.publisher.name,
    author_email: meta.contactPoint.email,
    maintainer: meta.contactPoint.name,
    maintainer_email: meta.contactPoint.email,
    creator_user_id: null,
    metadata_created: created,
    metadata_modified: modified,
    owner_org: organization.id,
    organization,
    groups: meta.dimensions.flatMap((code) => {
      const def = groups.get(code);
      return def
        ? [
            {
              id: groupId(code),
              name: code,
              title: def.title,
              display_name: def.title,
              description: def.description,
              image_display_url: "",
            },
          ]
        : [];
    }),
    tags,
    num_tags: tags.length,
    extras,
    resources: meta.distributions.map((d, position) => ({
      id: d.id,
      package_id: meta.id,
      name: d.title.id,
      description: `${meta.title.id} dalam format ${d.format}, dihasilkan dari data terkini platform.`,
      url: d.downloadUrl,
      url_type: null,
      format: d.format,
      mimetype: d.mediaType,
      mimetype_inner: null,
      size: d.byteSize,
      hash: "",
      position,
      created,
      last_modified: modified,
      metadata_modified: modified,
      state: "active",
      resource_type: null,
      cache_url: null,
      cache_last_updated: null,
      datastore_active: false,
    })),
    num_resources: meta.distributions.length,
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}
export type CkanPackage = ReturnType<typeof ckanPackage>;
export type CkanResource = CkanPackage["resources"][number];
