// The facts of the fictional town Valmont-sur-Escaut, shared by the camera inventory and the example's texts.

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

/** Prefectoral orders authorising the cameras (CSI L252-1): five years each. */
export const ORDERS = {
  main: {
    reference: 'Arrêté préfectoral n° 2021-VP-0147 du 30 juin 2021',
    expiry: '2026-06-30',
    cameras: 336,
  },
  extension: {
    reference: 'Arrêté préfectoral n° 2024-VP-0412 du 3 juin 2024',
    expiry: '2029-06-02',
    cameras: 20,
  },
  lapsed: {
    reference: 'Arrêté préfectoral n° 2020-VP-0231 du 15 septembre 2020',
    expiry: '2025-09-14',
    cameras: 3,
  },
} as const;

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
