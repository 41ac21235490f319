// Renders sections of task lines as plain text (WeChat, ~600 characters) or WeCom markdown, shortening
// long sections until the text fits.

export interface Line {
  text: string;
  /** Shown in the warning colour on WeCom (overdue). */
  warn?: boolean;
}

export interface Section {
  heading: string;
  lines: Line[];
}

export interface Rendered {
  text: string;
  markdown: string;
}

export const TEXT_BUDGET = 600;

function cut(sections: Section[], perSection: number): Section[] {
  return sections.map((s) => {
    if (s.lines.length <= perSection) return s;
    const rest = s.lines.length - perSection + 1;
    return { ...s, lines: [...s.lines.slice(0, perSection - 1), { text: `……另有${rest}项` }] };
  });
}

function plain(head: string, sections: Section[], foot: string[]): string {
  const body = sections
    .filter((s) => s.lines.length > 0)
    .map((s) => [`【${s.heading}】`, ...s.lines.map((l) => `· ${l.text}`)].join('\n'));
  return [head, ...body, ...foot].filter(Boolean).join('\n');
}

function markdown(head: string, sections: Section[], foot: string[]): string {
  const body = sections
    .filter((s) => s.lines.length > 0)
    .map((s) =>
      [
        `**${s.heading}**`,
        ...s.lines.map((l) => (l.warn ? `- <font color="warning">${l.text}</font>` : `- ${l.text}`)),
      ].join('\n'),
    );
  const tail = foot.map((f) => `<font color="comment">${f}</font>`);
  return [`**${head}**`, ...body, ...tail].filter(Boolean).join('\n\n');
}

/** The fullest rendering whose plain text stays within the budget (at least two lines per section). */
export function render(head: string, sections: Section[], foot: string[], budget = TEXT_BUDGET): Rendered {
  const longest = Math.max(2, ...sections.map((s) => s.lines.length));
  let shown = cut(sections, longest);
  for (let per = longest; per >= 2; per--) {
    shown = cut(sections, per);
    if (plain(head, shown, foot).length <= budget) break;
  }
  return { text: plain(head, shown, foot), markdown: markdown(head, shown, foot) };
}
