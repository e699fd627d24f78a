// RDF quads → Turtle (n3's writer) or JSON-LD (compact IRIs over one @context of prefixes).
import { type Quad, Writer } from "n3";
import { PREFIXES, rdf, xsd } from "./vocab";

/** Turtle of the quads, with the catalogue's prefixes. */
export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}

const PREFIX_ENTRIES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);
/** `dct:title` for a known namespace (when the rest is a plain local name), else the IRI as it is. */
function compact(iri: string): string {
  for (const [prefix, ns] of PREFIX_ENTRIES) {
    if (iri.startsWith(ns)) {
      const local = iri.slice(ns.length);
      if (/^[A-Za-z_][\w.-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return iri;
}

type JsonValue =
  | string
  | { "@id": string }
  | { "@value": string; "@language": string }
  | { "@value": string; "@type": string };
type NodeObject = {
  "@id": string;
  "@type"?: string[];
  [property: string]: JsonValue[] | string[] | string | undefined;
};

/**
 * JSON-LD 1.1 of the quads: a @context of the prefixes and a @graph of one node object per
 * subject, in the order subjects first occur. Expands to exactly the same triples as the Turtle.
 */
export function toJsonLd(quads: Quad[]): Record<string, unknown> {
  const nodes = new Map<string, NodeObject>();
  for (const q of quads) {
    const id = q.subject.value;
    let node = nodes.get(id);
    if (!node) {
      node = { "@id": id };
      nodes.set(id, node);
    }
    if (q.predicate.value === rdf("type") && q.object.termType === "NamedNode") {
      node["@type"] = [...(node["@type"] ?? []), compact(q.object.value)];
      continue;
    }
    const key = compact(q.predicate.value);
    const o = q.object;
    const value: JsonValue =
      o.termType === "NamedNode"
        ? { "@id": o.value }
        : o.termType === "Literal" && o.language
          ? { "@value": o.value, "@language": o.language }
          : o.termType === "Literal" && o.datatype.value !== xsd("string")
            ? { "@value": o.value, "@type": compact(o.datatype.value) }
            : o.value;
    node[key] = [...((node[key] as JsonValue[] | undefined) ?? []), value];
  }
  return { "@context": { ...PREFIXES }, "@graph": [...nodes.values()] };
}
