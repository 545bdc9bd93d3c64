/**
 * The longest each line of text may be, in characters (UTF-16 code units, as String#length counts). Every
 * page's sidebar holds every title, label and group, so one page's 100 KB title made each page of the site
 * 300 KB and a browser take 25 s to show it; Learn's own are far shorter (titles under 100, descriptions
 * about 150). The build refuses a longer field (page-schema.ts); the import cuts one to fit
 * (src/lib/import/front-matter.ts). A module of its own, so the render workers, which need only the limits
 * (layout-ids.ts), do not load the schema's zod and YAML parser.
 */
export const FIELD_LIMITS = {
  title: 200,
  sidebarLabel: 200,
  group: 200,
  description: 1000,
  author: 200,
} as const;

/** A field FIELD_LIMITS holds a limit for. */
export type LimitedField = keyof typeof FIELD_LIMITS;
