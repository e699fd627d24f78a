// The vocabularies of the DCAT-AP 3.0 catalogue, and the EU authority tables it points into.

/** Prefixes written in the Turtle and the JSON-LD @context; every IRI ends in `#` or `/`. */
export const PREFIXES = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  locn: "http://www.w3.org/ns/locn#",
  hydra: "http://www.w3.org/ns/hydra/core#",
} as const;

type Prefix = keyof typeof PREFIXES;
const ns =
  <P extends Prefix>(prefix: P) =>
  (local: string) =>
    `${PREFIXES[prefix]}${local}`;

export const rdf = ns("rdf");
export const rdfs = ns("rdfs");
export const xsd = ns("xsd");
export const dcat = ns("dcat");
export const dct = ns("dct");
export const foaf = ns("foaf");
export const vcard = ns("vcard");
export const skos = ns("skos");
export const locn = ns("locn");
export const hydra = ns("hydra");

const AUTHORITY = "http://publications.europa.eu/resource/authority";
/** EU Publications Office authority tables (the controlled vocabularies DCAT-AP names). */
export const eu = {
  dataThemes: `${AUTHORITY}/data-theme`,
  dataTheme: (code: string) => `${AUTHORITY}/data-theme/${code}`,
  frequency: (code: string) => `${AUTHORITY}/frequency/${code}`,
  fileType: (code: string) => `${AUTHORITY}/file-type/${code}`,
  language: (code: string) => `${AUTHORITY}/language/${code}`,
  country: (code: string) => `${AUTHORITY}/country/${code}`,
  accessRight: (code: string) => `${AUTHORITY}/access-right/${code}`,
};

/** IANA media type registry address of a media type, as DCAT-AP asks for dcat:mediaType. */
export const ianaMediaType = (mediaType: string) => `https://www.iana.org/assignments/media-types/${mediaType}`;
