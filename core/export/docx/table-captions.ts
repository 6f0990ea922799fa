// Alternative text of the tables: a table right after a caption gets the caption as its title and description
// (w:tblCaption, w:tblDescription), which docx does not write, so screen readers announce what the table holds.

/** A caption paragraph (Caption style) with nothing but runs in it, then the table it names. */
const CAPTIONED_TABLE =
  /(<w:p><w:pPr><w:pStyle w:val="Caption"\/>(?:(?!<\/w:p>)[\s\S])*<\/w:p><w:tbl><w:tblPr>)((?:(?!<\/w:tblPr>)[\s\S])*)<\/w:tblPr>/g;

const textOf = (paragraph: string) =>
  [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');

/** Writes the caption of each captioned table into the table's properties; the text is already escaped XML. */
export function captionTables(documentXml: string): string {
  return documentXml.replace(CAPTIONED_TABLE, (_whole, head: string, props: string) => {
    if (props.includes('<w:tblCaption')) return `${head}${props}</w:tblPr>`;
    const caption = textOf(head).replace(/"/g, '&quot;');
    return `${head}${props}<w:tblCaption w:val="${caption}"/><w:tblDescription w:val="${caption}"/></w:tblPr>`;
  });
}
