/** A kind of page furniture, recognised on a whole line. */
export interface FurnitureRule {
  id: string;
  pattern: RegExp;
  /** The lines after it are link titles (`Read more:` then a list of headlines), furniture too. */
  listHead?: boolean;
  /** Longer lines are prose that happens to start the same way. */
  maxWords?: number;
}

const SOCIAL = "facebook|twitter|x|instagram|telegram|whatsapp|linkedin|youtube|tiktok|weibo|wechat|threads|bluesky";
const AGENCIES =
  "AFP|Xinhua|CMG|CGTN|Reuters|AP|EPA(?:-EFE)?|Getty Images|Bloomberg|Anadolu|TASS|Sputnik|RIA Novosti|KCNA|Yonhap|Kyodo|ANI|PTI|VCG|IC|CFP|China Daily|Global Times|Shutterstock|Pool|File";
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAMES = String.raw`${NAME}(?:[ \t]+${NAME}){0,3}`;

/** Page furniture rules: each matches the start (or the end) of a whole line. Order does not matter. */
// biome-ignore format: one rule per entry reads as a table
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // "Read more:", "See also", "Most read" — a label, then titles.
  {
    id: "furniture.read-more",
    pattern:
      /^(?:read more|read also|also read|more on this(?: story)?|more from \S+|see also|further reading|recommended(?: for you| stories| reading)?|most read|top stories|trending(?: now)?)\s*(?:[:|»›>]|$)/i,
    listHead: true,
  },
  {
    id: "furniture.related",
    pattern: /^related(?:\s+(?:stories|articles|coverage|content|news|links|reading|topics|posts|videos?))?\s*(?:[:|»›>]|$)/i,
    listHead: true,
  },
  { id: "furniture.search-trends", pattern: /^(?:search trends|trending searches|hot searches)\s*:?$/i, listHead: true },
  {
    id: "furniture.advertisement",
    pattern:
      /^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|story continues (?:below|after) (?:this )?advertisement|scroll to continue(?: with content)?)\s*$/i,
  },
  {
    id: "furniture.share",
    pattern: new RegExp(`^(?:share(?: this| the)?(?: article| story| page| post)?(?: on (?:${SOCIAL})| via email)?\\s*:?|(?:(?:${SOCIAL}|email|copy link|print)\\s*[|,·]?\\s*){2,})$`, "i"),
  },
  {
    id: "furniture.newsletter",
    pattern: /^(?:sign up|subscribe|register)\b.*\b(?:newsletters?|briefing|alerts?|updates|inbox)\b/i,
    maxWords: 25,
  },
  { id: "furniture.follow", pattern: new RegExp(`^follow\\s+(?:us\\b|@\\w|\\S.{0,40}?\\s+on\\s+(?:${SOCIAL})\\b)`, "i"), maxWords: 20 },
  { id: "furniture.copyright", pattern: /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})|\ball rights reserved\.?$/i },
  // "(Photo: …)", "(Cover: … /CMG)", "(File photo)"
  { id: "furniture.caption", pattern: /^\((?:photo|photograph|picture|image|file|cover|pictured|caption|video|credit)\b[^)]*\)$/i },
  // "Photo: Reuters", "File photo: …", "Photo by Jane Doe/AFP", "Source: Xinhua", "Watch: …"
  {
    id: "furniture.caption",
    pattern:
      /^(?:file )?(?:photos?|photograph|picture|image|video|caption|cover|pictured|credit|source|graphic|watch|listen)(?: credit)?(?:\s+by\b|\s*[:|])/i,
  },
  { id: "furniture.caption", pattern: new RegExp(String.raw`\/\s?(?:${AGENCIES})\)?\.?$`) },
  { id: "furniture.click-here", pattern: /^click here\b/i, maxWords: 25 },
  // "By Jane Doe, Staff Reporter", "By Jane Doe and John Roe in Beijing", "Reporting by …; Editing by …"
  {
    id: "furniture.byline",
    pattern: new RegExp(
      String.raw`^(?:By|BY)[ \t]+${NAMES}(?:[ \t]*(?:,|and|&)[ \t]*${NAMES})*(?:[ \t]+in[ \t]+${NAMES})?(?:[ \t]*[,|·][ \t]*[^.!?]{1,50})?$`,
      "u",
    ),
    maxWords: 16,
  },
  { id: "furniture.byline", pattern: /^(?:(?:additional )?reporting|writing|editing|compiled|written) by\b/i },
];
