import { describe, expect, it } from 'vitest';
import { buildWebNoticeDocx, buildWebNoticeHtml } from '../../../core/notices/index.ts';
import { escapeHtml } from '../../../core/notices/html.ts';
import { normalise, openDocx } from '../export/docx-reader.ts';
import { HOSTILE_LOCATION, blank, cameraAt, complete, example } from './notice-fixtures.ts';

/** What a reader sees of an HTML page: its text without tags, entities decoded. */
const visibleText = (html: string) =>
  normalise(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('the web notice in Word', () => {
  it('says who, why, on what basis, to whom, how long, which rights and remedies, and where', async () => {
    const { assessment, template } = await example();
    const notice = await openDocx(await buildWebNoticeDocx(assessment, template, { language: 'fr' }));
    for (const expected of [
      'Vidéoprotection : information des personnes filmées',
      'Commune de Valmont-sur-Escaut',
      'Responsable du traitement',
      'Délégué à la protection des données',
      '3° Régulation des flux de transport — régime : RGPD',
      'Bases juridiques :',
      'opérateurs et superviseurs du CSU',
      'conservées 21 jours au plus',
      'droit d’accès (art. 15)',
      'art. 110',
      'commission départementale de vidéoprotection',
      'L253-5',
      'RGPD, art. 77',
      'Zones filmées',
      '[À compléter : contact du délégué à la protection des données]',
    ]) {
      expect(notice.text).toContain(expected);
    }
    const areas = notice.table('Nombre de caméras');
    expect(areas[0]).toEqual(['Lieu', 'Nombre de caméras']);
    expect(areas.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(361);
    expect(notice.parts['word/styles.xml']).toContain('w:lang w:val="fr-FR"');
    expect(notice.parts['word/document.xml']).toContain('<w:highlight w:val="yellow"/>');
    // Real headings, so the Word navigation pane lists the sections.
    expect(notice.html).toContain('<h2>Durée de conservation</h2>');
  });

  it('has no placeholder once every fact is given, in British English', async () => {
    const { assessment, template } = await complete();
    const notice = await openDocx(await buildWebNoticeDocx(assessment, template, { language: 'en' }));
    expect(notice.text).toContain('Video protection: information for people filmed');
    expect(notice.text).toContain('Filmed areas, by place');
    expect(notice.text).not.toMatch(/To be completed|À compléter/);
    expect(notice.parts['word/styles.xml']).toContain('w:lang w:val="en-GB"');
  });
});

describe('the web notice in HTML', () => {
  it('is one standalone page: language, charset, title, ordered headings, a captioned table, no script', async () => {
    const { assessment, template } = await example();
    const html = buildWebNoticeHtml(assessment, template, { language: 'fr' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(
      /<title>Vidéoprotection – Commune de Valmont-sur-Escaut – information du public<\/title>/,
    );
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain('<caption>Zones filmées, par lieu</caption>');
    expect(html).toContain('<th scope="col">Lieu</th>');
    expect(html).toContain('<th scope="row">Avenue de Condé</th>');
    const levels = [...html.matchAll(/<h(\d)>/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1));
    expect(html).toContain(
      '<mark>[À compléter\u00A0: contact du délégué à la protection des données]</mark>',
    );
    expect(visibleText(html)).toContain('Vous pouvez introduire une réclamation auprès de la CNIL');
  });

  it('marks every missing fact of a blank assessment, in the language asked for', () => {
    const { assessment, template } = blank();
    const html = buildWebNoticeHtml(assessment, template, { language: 'en' });
    expect(html).toContain('<html lang="en">');
    const marks = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]);
    expect(marks).toContain('[To be completed: controller]');
    expect(marks).toContain('[To be completed: filmed areas (camera inventory)]');
    expect(marks).toContain('[To be completed: how to exercise the rights]');
  });

  it('escapes what the DPO wrote: a camera location cannot inject markup', async () => {
    const { assessment, template } = await example();
    const base = assessment.cameras[0]!;
    const hostile = { ...assessment, cameras: [cameraAt(base, HOSTILE_LOCATION, 1)] };
    const html = buildWebNoticeHtml(hostile, template, { language: 'en' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<th scope="row">&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt; &amp; &lt;img src=x onerror=alert`1`&gt;</th>',
    );
  });

  it('escapes the five characters of HTML and drops the characters a page cannot hold', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('a\u0000b\u0007c\uFFFEd\uD800e\r\nf')).toBe('abcde\nf');
  });
});
