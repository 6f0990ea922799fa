// The example's authorisations are dated from its own date: whatever day it is built for, most cameras are
// authorised, a few expire within months and one order has lapsed; the same day gives the same document.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../core/checks/index.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import { addMonths } from '../../../core/checks/context.ts';
import { exampleOrders, frenchLongDate } from '../../../core/example/town.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';

describe('the example as of a given day', () => {
  it.each(['2026-12-02', '2031-02-28', '2024-08-31'])('shows a realistic mix as of %s', async (asOf) => {
    const { assessment, template } = await buildExampleDocument(asOf);
    const inSixMonths = addMonths(asOf, 6);
    const expiries = assessment.cameras.flatMap((c) =>
      c.authorisationExpiry === null ? [] : [c.authorisationExpiry],
    );
    const expired = expiries.filter((d) => d < asOf).length;
    const expiring = expiries.filter((d) => d >= asOf && d <= inSixMonths).length;
    const valid = expiries.filter((d) => d > inSixMonths).length;
    expect({ valid, expiring, expired }).toEqual({ valid: 336, expiring: 20, expired: 3 });
    const ids = new Set(runChecks(assessment, template, { asOf }).map((f) => f.id.split(':')[0]));
    expect(ids).toContain('csu.authorisation.expired');
    expect(ids).toContain('csu.authorisation.expiring');
    // The texts tell the same dates as the inventory.
    const orders = exampleOrders(asOf);
    const kind = assessment.answers['prescreening.project-kind'];
    expect(kind?.type === 'choice' && kind.comment).toContain(frenchLongDate(orders.lapsed.expiry));
    expect(assessment.answers['prescreening.authorisation-expiry']).toEqual({
      type: 'date',
      value: orders.main.expiry,
    });
  });

  it('gives the same file for the same day', async () => {
    const write = async () =>
      (await writeDpia(await buildExampleDocument('2026-12-02'), { createdWith: 'tests', file: 'x.dpia' }))
        .bytes;
    expect(await write()).toEqual(await write());
  });

  it('dates an order of five years, the day before its anniversary, in French', () => {
    expect(exampleOrders('2026-12-02').main).toMatchObject({
      reference: 'Arrêté préfectoral n° 2024-VP-0147 du 2 décembre 2024',
      issued: '2024-12-02',
      expiry: '2029-12-01',
    });
    expect(frenchLongDate('2027-03-01')).toBe('1er mars 2027');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});
