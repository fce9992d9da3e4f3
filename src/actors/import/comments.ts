/** A dictionary line without its comments, and the `#` comment it carried. */
export interface StrippedLine {
  text: string;
  comment: string | null;
}

export interface CommentStripper {
  strip(line: string): StrippedLine;
}

const OPEN = /<!\s*--/; // "<!--", and the validation suite's "<! --"

/**
 * Removes the two comment forms of TABARI/PETRARCH dictionaries: `<!-- … -->` blocks, which may
 * span lines (so the stripper keeps state between calls), and `#` to the end of the line, also
 * after a code (`[ZBW]#jw 9/30/91`).
 *
 * @example
 *   const s = createCommentStripper();
 *   s.strip("KOFI_ANNAN_ [IGOUNO] # IGOrulers.txt") // { text: "KOFI_ANNAN_ [IGOUNO] ", comment: "IGOrulers.txt" }
 *   s.strip("<!-- VERSION: 0.9 -->")              // { text: "", comment: null }
 */
export function createCommentStripper(): CommentStripper {
  let inBlock = false;
  return {
    strip(line) {
      let kept = "";
      let rest = line;
      while (rest.length > 0) {
        if (inBlock) {
          const close = rest.indexOf("-->");
          if (close < 0) break;
          inBlock = false;
          rest = rest.slice(close + 3);
          continue;
        }
        const open = OPEN.exec(rest);
        if (!open) {
          kept += rest;
          break;
        }
        kept += rest.slice(0, open.index);
        rest = rest.slice(open.index + open[0].length);
        inBlock = true;
      }
      const hash = kept.indexOf("#");
      if (hash < 0) return { text: kept, comment: null };
      return { text: kept.slice(0, hash), comment: kept.slice(hash + 1).trim() || null };
    },
  };
}
