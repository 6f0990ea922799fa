import { launchChromium, serveStatic, startApp, DIST } from './app-harness.ts';
const server = await serveStatic(DIST);
const browser = await launchChromium();
const s = await startApp(browser, { server });
const page = s.page;
try {
  await page.getByRole('button', { name: 'Créer l’analyse' }).click();
  const nav = page.getByRole('navigation');
  await nav.getByRole('button', { name: /^Scénarios de risques/ }).click();
  await page.getByRole('button', { name: 'Ajouter un risque' }).click();
  await page.waitForTimeout(500);
  const initial = page.getByRole('region', { name: /Niveau initial/ });
  await initial.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/r/debug1.png' });
  console.log(await initial.getByRole('radiogroup', { name: /Gravité/ }).innerHTML());
  await nav.getByRole('button', { name: /^Vue d’ensemble/ }).click();
  const field = page.getByRole('textbox', { name: /Décrivez le traitement/ });
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
  await field.fill(`Réponse ${hostile} [lien](javascript:window.pwned=3)`);
  const question = page.locator('section.question', { has: field });
  await question.getByRole('button', { name: 'Aperçu' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/r/debug2.png' });
  const preview = question.getByRole('region', { name: 'Aperçu de la mise en forme' });
  console.log('regions', await preview.count(), await question.getByRole('region').count());
  console.log(
    'text',
    await preview.getByText('<img src=x onerror="window.pwned=1">', { exact: false }).count(),
  );
  console.log('text2', await question.getByText('<img src=x', { exact: false }).count());
  console.log(
    await question.locator('.rich-text-preview').count(),
    await question
      .locator('.rich-text-preview')
      .innerHTML()
      .catch(() => 'none'),
  );
} catch (e) {
  console.log(e);
}
console.log(s.pageErrors);
await s.close();
await browser.close();
await server.close();
