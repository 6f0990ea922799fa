// The facts of the fictional town Valmont-sur-Escaut, shared by the camera inventory and the example's texts.
import { addMonths, longDate } from '../checks/context.ts';
import { addDays } from '../checks/remedy.ts';

export const TOWN = {
  name: 'Valmont-sur-Escaut',
  organisation: 'Commune de Valmont-sur-Escaut',
  controller: 'Le maire de Valmont-sur-Escaut',
  vendor: 'Sinovista Technologies',
  vendorSubsidiary: 'Sinovista Technologies France SAS',
  installer: 'Nordelec Sécurité SAS',
  installerMake: 'Vistelia',
  vmsEditor: 'Orbalis Software SAS',
  /** Cameras in the inventory and how many of them the vendor gave in 2017. */
  cameraCount: 361,
  donatedCount: 240,
  retentionDays: 21,
} as const;

/** The day the example's story is told as of when no other is given: its last edit (26 March 2026). */
export const EXAMPLE_DATE = '2026-03-26';

/** A prefectoral order authorising cameras (CSI L252-1), for five years. */
export interface Order {
  reference: string;
  /** The day it was signed, and the last day it authorises (five years later, the day before). */
  issued: string;
  expiry: string;
  cameras: number;
}

export interface ExampleOrders {
  main: Order;
  extension: Order;
  lapsed: Order;
}

/** Cameras under each order; the other two cameras of the town were put up without any. */
export const ORDER_CAMERAS = { main: 336, extension: 20, lapsed: 3 } as const;

/** The day `months` months after (or before) an ISO day, the last of the month when it has fewer days. */

/** « 30 juin 2021 », « 1er mars 2027 »: the one long-date format of the app. */
export const frenchLongDate = (day: string): string => longDate(day).fr;

function order(number: string, expiry: string, cameras: number): Order {
  const issued = addDays(addMonths(expiry, -60), 1);
  const year = issued.slice(0, 4);
  return {
    reference: `Arrêté préfectoral n° ${year}-VP-${number} du ${frenchLongDate(issued)}`,
    issued,
    expiry,
    cameras,
  };
}

/**
 * The town's orders as of the example's date: the main one signed two years before, so valid for three more years
 * (most cameras); the extension's five years ending in four months (a renewal to prepare); the Rouges-Barres order
 * lapsed six months ago. Whatever day the example is built for, its inventory shows that mix.
 */
export function exampleOrders(asOf: string): ExampleOrders {
  return {
    main: order('0147', addDays(addMonths(asOf, 36), -1), ORDER_CAMERAS.main),
    extension: order('0412', addMonths(asOf, 4), ORDER_CAMERAS.extension),
    lapsed: order('0231', addMonths(asOf, -6), ORDER_CAMERAS.lapsed),
  };
}

/** People named in the example; every owner of a measure and every evaluator comes from here. */
export const PEOPLE = {
  mayor: 'M. Bernard Lefebvre',
  dpo: 'Mme Nathalie Verhaeghe',
  lawyer: 'Mme Claire Dumoulin, juriste',
  ciso: 'M. Julien Carpentier, RSSI',
  itDirector: 'DSI — M. Karim Belaïd',
  itSecurity: 'DSI — M. Julien Carpentier (RSSI)',
  csuHead: 'CSU — M. Olivier Desmet',
  police: 'Police municipale — Mme Sophie Carlier',
  legal: 'Service juridique — Mme Claire Dumoulin',
  director: 'Direction générale — M. Thierry Masson',
  works: 'Services techniques — M. Pascal Delattre',
  communication: 'Communication — Mme Inès Haddad',
  cabinet: 'Cabinet du maire — M. François Vandamme',
  procurement: 'Commande publique — Mme Élodie Roussel',
} as const;
