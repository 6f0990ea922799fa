// Pasting into a rich-text answer: Word, LibreOffice and web fragments become the Markdown subset, nothing else.
import { describe, expect, it } from 'vitest';
import { pastedHtmlToMarkdown } from '../../../core/import/pasted-html.ts';

describe('pastedHtmlToMarkdown', () => {
  it('reads Word lists drawn with mso-list paragraphs, nested, bullets and numbers, and drops Word’s styles', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} @list l0:level1 {mso-level-number-format:bullet;} --></style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head><body lang=FR style='tab-interval:35.4pt'><!--StartFragment-->
<p class=MsoNormal>Les <b>caméras</b> filment la <i>voie publique</i><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Premier point<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Sous-point <span class=SpellE>vidéo</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Second point<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Étape une<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]-->Étape deux<o:p></o:p></p>
<p class=MsoNormal>Voir <a href="https://www.cnil.fr/fr/videoprotection">la CNIL</a><span class=MsoCommentReference><span style='font-size:8.0pt'><a style='mso-comment-reference:JD_1'>[JD1]</a></span></span> <span class=msoDel><del cite="mailto:x">texte supprimé</del></span><ins cite="mailto:x">ajouté</ins><!--[if gte vml 1]><v:shape><v:imagedata src="file:///C:/x.png"/></v:shape><![endif]--><![if !vml]><img width=10 height=10 src="file:///C:/Users/x/image001.png"><![endif]></p>
<!--EndFragment--></body></html>`;
    expect(pastedHtmlToMarkdown(word)).toBe(
      [
        'Les **caméras** filment la *voie publique*',
        '- Premier point\n  - Sous-point vidéo\n- Second point',
        '1. Étape une\n2. Étape deux',
        'Voir [la CNIL](https://www.cnil.fr/fr/videoprotection) ajouté',
      ].join('\n\n'),
    );
  });

  it('reads LibreOffice lists and its bold, italic and line breaks, and a table as paragraphs', () => {
    const libre = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta name="generator" content="LibreOffice 7.6"/><style type="text/css">p { line-height: 115%; margin-bottom: 0.25cm }</style></head>
<body lang="fr-FR" dir="ltr"><p style="line-height: 100%; margin-bottom: 0cm"><b>Durée</b> de conservation&nbsp;: <i>30 jours</i><br/>au plus</p>
<ol><li><p style="margin-bottom: 0cm">Accès des opérateurs</p><ul><li><p style="margin-bottom: 0cm"><font face="Liberation Serif">journalisé</font></p></li></ul></li><li><p>Extraction sur réquisition</p></li></ol>
<table><tr><td><p>Cellule A</p></td><td><p>Cellule B</p></td></tr></table></body></html>`;
    expect(pastedHtmlToMarkdown(libre)).toBe(
      [
        '**Durée** de conservation\u00a0: *30 jours*\\\nau plus',
        '1. Accès des opérateurs\n   - journalisé\n2. Extraction sur réquisition',
        // A table row becomes one paragraph.
        'Cellule A | Cellule B',
      ].join('\n\n'),
    );
  });

  it('drops scripts, images, event handlers, styles and unsafe links from a web page', () => {
    const web = `<meta charset="utf-8"><div class="article"><script>window.__pwned = 1</script><style>.x{color:red}</style>
<h2>Le centre</h2><p>Un <span style="font-weight:700">centre</span> de <span style="font-style:italic">supervision</span>
<img src=x onerror="window.__pwned=2"> <a href="javascript:alert(1)">piège</a> <a href="http://ville.fr/csu" onclick="x()">site</a>
<a href="mailto:dpo@ville.fr">DPO</a> &lt;script&gt;</p><iframe src="https://evil.example/"></iframe></div>`;
    expect(pastedHtmlToMarkdown(web)).toBe(
      '**Le centre**\n\nUn **centre** de *supervision* piège [site](http://ville.fr/csu) [DPO](mailto:dpo@ville.fr) \\<script>',
    );
  });

  it('reads Google Docs’ bold wrapper as plain text and its styled spans as bold', () => {
    const google = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-weight:400">Texte </span><span style="font-weight:700">gras</span></p></b>`;
    expect(pastedHtmlToMarkdown(google)).toBe('Texte **gras**');
  });
});
