// DatasetMeta → DCAT-AP 3.0 as RDF quads: one mapping, serialised as Turtle or JSON-LD.

import type { Quad } from "n3";
import { DataFactory } from "n3";
import type { DatasetMeta } from "../../../domain/open-data/dataset";
import type { OpenDataSettings } from "../open-data/settings";
import { dcat, dct, eu, foaf, hydra, ianaMediaType, locn, rdf, rdfs, skos, vcard, xsd } from "./vocab";

const { namedNode, literal, quad } = DataFactory;

type Obj = { iri: string } | { value: string; lang: string } | { value: string; type: string };
const iri = (value: string): Obj => ({ iri: value });
const text = (value: string, lang: string): Obj => ({ value, lang });
const typed = (value: string, type: string): Obj => ({ value, type });
const plain = (value: string) => typed(value, xsd("string"));

/** Collects triples grouped by subject (in the order subjects first occur), and each described term once. */
class Graph {
  private bySubject = new Map<string, Quad[]>();
  private described = new Set<string>();

  get quads(): Quad[] {
    return [...this.bySubject.values()].flat();
  }

  add(subject: string, predicate: string, ...objects: Obj[]) {
    for (const o of objects) {
      const object =
        "iri" in o
          ? namedNode(o.iri)
          : "lang" in o
            ? literal(o.value, o.lang)
            : literal(o.value, o.type === xsd("string") ? undefined : namedNode(o.type));
      const list = this.bySubject.get(subject) ?? [];
      if (!list.length) this.bySubject.set(subject, list);
      list.push(quad(namedNode(subject), namedNode(predicate), object));
    }
  }

  /** Types (and labels) a term of a controlled vocabulary once, so range checks hold without importing it. */
  describe(subject: string, write: () => void) {
    if (this.described.has(subject)) return;
    this.described.add(subject);
    write();
  }
}

/** Everything one page of the catalogue says besides its datasets. */
export type CatalogPage = {
  baseUrl: string;
  settings: OpenDataSettings;
  /** The address of this page and of its neighbours, in the same format. */
  pageUrl: (page: number) => string;
  page: number;
  pageSize: number;
  total: number;
  /** Latest change of any published dataset (ISO 8601), or null when there is none. */
  modified: string | null;
  items: DatasetMeta[];
};

export const catalogIri = (baseUrl: string) => `${baseUrl}/catalog`;
export const datasetIri = (meta: DatasetMeta) => `${meta.landingPage}#dataset`;

const CATALOG_TEXT = {
  title: {
    id: "Katalog Data Terbuka Gerakan Menuju Smart City",
    en: "Open Data Catalogue of the Smart City Movement (Gerakan Menuju Smart City)",
  },
  description: {
    id: "Data terbuka Satu Data Indonesia yang diterbitkan walidata daerah dan kementerian dari platform Kota Cerdas: realisasi indikator, anggaran dan progres program masterplan smart city, hasil evaluasi dan keikutsertaan.",
    en: "Satu Data Indonesia open data published by regional data stewards and the ministry from the Kota Cerdas platform: indicator realisations, budgets and progress of smart city masterplan programs, evaluation results and participation.",
  },
};

/** Labels of the EU data themes the datasets use (skos:prefLabel is mandatory on a DCAT-AP skos:Concept). */
const THEME_LABELS: Record<string, { id: string; en: string }> = {
  GOVE: { id: "Pemerintahan dan sektor publik", en: "Government and public sector" },
  REGI: { id: "Wilayah dan kota", en: "Regions and cities" },
  ECON: { id: "Ekonomi dan keuangan", en: "Economy and finance" },
  TECH: { id: "Sains dan teknologi", en: "Science and technology" },
  SOCI: { id: "Kependudukan dan masyarakat", en: "Population and society" },
};

const LANGUAGES = [eu.language("IND"), eu.language("ENG")];
const INDONESIA = eu.country("IDN");

/** The quads of one page of the catalogue: dcat:Catalog, its datasets, and the Hydra paging of the page. */
export function catalogGraph(p: CatalogPage): Quad[] {
  const g = new Graph();
  const catalog = catalogIri(p.baseUrl);
  g.add(catalog, rdf("type"), iri(dcat("Catalog")));
  const ministry = agentOf(g, p.baseUrl, {
    kind: "ministry",
    code: "kementerian",
    name: p.settings.ministry.name,
    slug: p.settings.ministry.slug,
    provinceCode: null,
  });
  g.add(catalog, dct("title"), text(CATALOG_TEXT.title.id, "id"), text(CATALOG_TEXT.title.en, "en"));
  g.add(catalog, dct("description"), text(CATALOG_TEXT.description.id, "id"), text(CATALOG_TEXT.description.en, "en"));
  g.add(catalog, dct("publisher"), iri(ministry));
  g.add(catalog, foaf("homepage"), iri(`${p.baseUrl}/data`));
  g.add(catalog, dct("language"), ...LANGUAGES.map(iri));
  g.add(catalog, dct("license"), iri(p.settings.license.url));
  g.add(catalog, dct("spatial"), iri(INDONESIA));
  g.add(catalog, dcat("themeTaxonomy"), iri(eu.dataThemes));
  if (p.modified) g.add(catalog, dct("modified"), typed(p.modified, xsd("dateTime")));
  for (const item of p.items) g.add(catalog, dcat("dataset"), iri(datasetIri(item)));

  pagingOf(g, p);
  describeShared(g, p);
  for (const item of p.items) datasetOf(g, p.baseUrl, item);
  return g.quads;
}

/** The page as a Hydra PagedCollection, as CKAN's ckanext-dcat pages its catalogue endpoints. */
function pagingOf(g: Graph, p: CatalogPage) {
  const last = Math.max(1, Math.ceil(p.total / p.pageSize));
  const self = p.pageUrl(p.page);
  g.add(self, rdf("type"), iri(hydra("PagedCollection")));
  g.add(self, hydra("totalItems"), typed(String(p.total), xsd("integer")));
  g.add(self, hydra("itemsPerPage"), typed(String(p.pageSize), xsd("integer")));
  const links: Array<[string, string, number | null]> = [
    ["first", "firstPage", 1],
    ["last", "lastPage", last],
    ["previous", "previousPage", p.page > 1 ? Math.min(p.page - 1, last) : null],
    ["next", "nextPage", p.page < last ? p.page + 1 : null],
  ];
  for (const [term, deprecated, page] of links) {
    if (page === null) continue;
    // Hydra's current terms, and the older ones that harvesters of ckanext-dcat 1.x still read.
    g.add(self, hydra(term), iri(p.pageUrl(page)));
    g.add(self, hydra(deprecated), iri(p.pageUrl(page)));
  }
}

/** Catalogue-wide terms: languages, the theme scheme, the licence, Indonesia. */
function describeShared(g: Graph, p: CatalogPage) {
  const names: Record<string, [string, string]> = {
    [eu.language("IND")]: ["Bahasa Indonesia", "Indonesian"],
    [eu.language("ENG")]: ["Bahasa Inggris", "English"],
  };
  for (const lang of LANGUAGES)
    g.describe(lang, () => {
      g.add(lang, rdf("type"), iri(dct("LinguisticSystem")));
      const [id, en] = names[lang] ?? [lang, lang];
      g.add(lang, skos("prefLabel"), text(id, "id"), text(en, "en"));
    });
  g.describe(eu.dataThemes, () => {
    g.add(eu.dataThemes, rdf("type"), iri(skos("ConceptScheme")));
    g.add(eu.dataThemes, dct("title"), text("Data theme", "en"));
  });
  licenseOf(g, p.settings.license);
  g.describe(INDONESIA, () => {
    g.add(INDONESIA, rdf("type"), iri(dct("Location")));
    g.add(INDONESIA, dct("identifier"), plain("ID"));
    g.add(INDONESIA, skos("prefLabel"), text("Indonesia", "id"), text("Indonesia", "en"));
  });
  g.add(`${p.baseUrl}/data`, rdf("type"), iri(foaf("Document")));
}

function licenseOf(g: Graph, license: DatasetMeta["license"]) {
  const url = license.url;
  g.describe(url, () => {
    g.add(url, rdf("type"), iri(dct("LicenseDocument")));
    g.add(url, dct("identifier"), plain(license.id));
    g.add(url, rdfs("label"), text(license.title, "en"));
  });
  return url;
}

/** The publisher as a foaf:Agent: the region's government, or the ministry. */
function agentOf(g: Graph, baseUrl: string, publisher: DatasetMeta["publisher"]): string {
  const agent =
    publisher.kind === "ministry" ? `${baseUrl}/#kementerian` : `${baseUrl}/wilayah/${publisher.code}#pemerintah`;
  g.describe(agent, () => {
    g.add(agent, rdf("type"), iri(foaf("Agent")), iri(foaf("Organization")));
    g.add(agent, foaf("name"), text(publisher.name, "id"));
    g.add(agent, dct("identifier"), plain(publisher.code));
  });
  return agent;
}

function datasetOf(g: Graph, baseUrl: string, m: DatasetMeta) {
  const ds = datasetIri(m);
  g.add(ds, rdf("type"), iri(dcat("Dataset")));
  g.add(ds, dct("identifier"), plain(m.id));
  g.add(ds, dct("title"), text(m.title.id, "id"), text(m.title.en, "en"));
  g.add(ds, dct("description"), text(m.description.id, "id"), text(m.description.en, "en"));
  g.add(ds, dct("publisher"), iri(agentOf(g, baseUrl, m.publisher)));

  const contact = `${m.landingPage}#contact`;
  g.add(ds, dcat("contactPoint"), iri(contact));
  g.add(contact, rdf("type"), iri(vcard("Kind")), iri(vcard("Organization")));
  g.add(contact, vcard("fn"), text(m.contactPoint.name, "id"));
  g.add(contact, vcard("hasEmail"), iri(`mailto:${m.contactPoint.email}`));

  for (const code of m.themes) {
    const theme = eu.dataTheme(code);
    g.add(ds, dcat("theme"), iri(theme));
    g.describe(theme, () => {
      g.add(theme, rdf("type"), iri(skos("Concept")));
      g.add(theme, skos("inScheme"), iri(eu.dataThemes));
      g.add(theme, skos("notation"), plain(code));
      const label = THEME_LABELS[code] ?? { id: code, en: code };
      g.add(theme, skos("prefLabel"), text(label.id, "id"), text(label.en, "en"));
    });
  }
  g.add(ds, dcat("keyword"), ...m.keywords.id.map((k) => text(k, "id")), ...m.keywords.en.map((k) => text(k, "en")));
  g.add(ds, dct("language"), ...LANGUAGES.map(iri));

  const place = spatialOf(g, baseUrl, m.spatial);
  g.add(ds, dct("spatial"), iri(place));

  if (m.temporal.start || m.temporal.end) {
    const period = `${m.landingPage}#temporal`;
    g.add(ds, dct("temporal"), iri(period));
    g.add(period, rdf("type"), iri(dct("PeriodOfTime")));
    if (m.temporal.start) g.add(period, dcat("startDate"), typed(m.temporal.start, xsd("date")));
    if (m.temporal.end) g.add(period, dcat("endDate"), typed(m.temporal.end, xsd("date")));
  }

  g.add(ds, dct("issued"), typed(m.issued, xsd("dateTime")));
  g.add(ds, dct("modified"), typed(m.modified, xsd("dateTime")));
  const frequency = eu.frequency(m.frequency);
  g.add(ds, dct("accrualPeriodicity"), iri(frequency));
  g.describe(frequency, () => {
    g.add(frequency, rdf("type"), iri(dct("Frequency")));
    g.add(frequency, skos("notation"), plain(m.frequency));
  });
  const access = eu.accessRight("PUBLIC");
  g.add(ds, dct("accessRights"), iri(access));
  g.describe(access, () => g.add(access, rdf("type"), iri(dct("RightsStatement"))));

  g.add(ds, dcat("landingPage"), iri(m.landingPage));
  g.describe(m.landingPage, () => g.add(m.landingPage, rdf("type"), iri(foaf("Document"))));
  const license = licenseOf(g, m.license);
  g.add(ds, dct("license"), iri(license));

  for (const d of m.distributions) {
    const dist = `${m.landingPage}#distribution-${d.format.toLowerCase()}`;
    g.add(ds, dcat("distribution"), iri(dist));
    g.add(dist, rdf("type"), iri(dcat("Distribution")));
    g.add(dist, dct("title"), text(d.title.id, "id"), text(d.title.en, "en"));
    g.add(dist, dcat("accessURL"), iri(d.downloadUrl));
    g.add(dist, dcat("downloadURL"), iri(d.downloadUrl));
    const format = eu.fileType(d.format);
    g.add(dist, dct("format"), iri(format));
    g.describe(format, () => {
      g.add(format, rdf("type"), iri(dct("MediaTypeOrExtent")));
      g.add(format, skos("notation"), plain(d.format));
    });
    const media = ianaMediaType(d.mediaType);
    g.add(dist, dcat("mediaType"), iri(media));
    g.describe(media, () => {
      g.add(media, rdf("type"), iri(dct("MediaType")));
      g.add(media, skos("notation"), plain(d.mediaType));
    });
    if (d.byteSize !== null) g.add(dist, dcat("byteSize"), typed(String(d.byteSize), xsd("nonNegativeInteger")));
    g.add(dist, dct("license"), iri(license));
    g.add(dist, dct("modified"), typed(m.modified, xsd("dateTime")));
  }
}

/** A region as a dct:Location named by its Kemendagri code; Indonesia as the EU country authority's term. */
function spatialOf(g: Graph, baseUrl: string, spatial: DatasetMeta["spatial"]): string {
  if (spatial.code === "ID") return INDONESIA;
  const place = `${baseUrl}/wilayah/${spatial.code}`;
  g.describe(place, () => {
    g.add(place, rdf("type"), iri(dct("Location")));
    g.add(place, dct("identifier"), plain(spatial.code));
    g.add(place, skos("prefLabel"), text(spatial.name, "id"));
    g.add(place, locn("geographicName"), text(spatial.name, "id"));
  });
  return place;
}
