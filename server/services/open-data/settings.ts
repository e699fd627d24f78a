/** Who stands behind the national datasets, under which licence, and whom to ask. */
export type OpenDataSettings = {
  license: { id: string; title: string; url: string };
  contactEmail: string;
  ministry: { name: string; slug: string };
};

export const LICENSES = {
  "CC-BY-4.0": {
    id: "CC-BY-4.0",
    title: "Creative Commons Attribution 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  "CC0-1.0": {
    id: "CC0-1.0",
    title: "Creative Commons Zero 1.0",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
  "CC-BY-SA-4.0": {
    id: "CC-BY-SA-4.0",
    title: "Creative Commons Attribution-ShareAlike 4.0",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  },
} as const;
export type LicenseId = keyof typeof LICENSES;

export const DEFAULT_OPEN_DATA_SETTINGS: OpenDataSettings = {
  license: LICENSES["CC-BY-4.0"],
  contactEmail: "data@localhost",
  ministry: { name: "Kementerian Komunikasi dan Digital", slug: "kementerian-komunikasi-dan-digital" },
};
