// The camera inventory of the fictional town Valmont-sur-Escaut: 361 cameras, 240 of them a vendor's gift.
import type { Camera, CameraType, Capability } from '../model/assessment.ts';
import { createUuidGenerator, pick, shuffle } from './random.ts';
import type { Rng } from './random.ts';
import { typesetSource } from './typography.ts';
import { EXAMPLE_DATE, exampleOrders, frenchLongDate, ORDER_CAMERAS, TOWN } from './town.ts';
import type { ExampleOrders } from './town.ts';

/** How the inventory splits; the defaults reproduce the showcase town (VALMONT_INVENTORY). */
export interface CameraInventoryOptions {
  /** Cameras given by the vendor in 2017 (codes first), all authorised by the main order. */
  donated: number;
  /** Donated cameras of the number-plate reading model, placed on entry roads. */
  lapiCameras: number;
  /** Of those, how many still had number-plate reading switched on at the last inventory. */
  lapiEnabled: number;
  /** Donated PTZ cameras of the variant with a built-in microphone (switched off). */
  microphones: number;
  /** Cameras near homes that still have no privacy mask. */
  unmaskedNearHomes: number;
  /** Cameras added later under the second order (2024). */
  laterBatch: number;
  /** Cameras whose order has expired (2025). */
  lapsed: number;
  /** Cameras put up without any order. */
  unauthorised: number;
}

export const VALMONT_INVENTORY: CameraInventoryOptions = {
  donated: TOWN.donatedCount,
  lapiCameras: 12,
  lapiEnabled: 5,
  microphones: 6,
  unmaskedNearHomes: 8,
  laterBatch: ORDER_CAMERAS.extension,
  lapsed: ORDER_CAMERAS.lapsed,
  unauthorised: 2,
};

type SiteKind =
  'square' | 'street' | 'station' | 'building' | 'school' | 'park' | 'parking' | 'dumping' | 'entry';

interface Site {
  name: string;
  kind: SiteKind;
  /** Sign reference prefix: the zone whose entrances carry the signs. */
  zone: string;
  /** Streets meeting the site, used as « angle rue … ». */
  cross?: readonly string[];
  /** Spots replacing the generic ones of the kind. */
  spots?: readonly string[];
  hours?: string;
}

const KIND_SPOTS: Record<SiteKind, readonly string[]> = {
  square: [
    'côté nord',
    'côté sud',
    'côté est',
    'côté ouest',
    'centre',
    'terrasses',
    'fontaine',
    'arrêt de bus',
    "mât d'éclairage central",
  ],
  street: ['n° 3', 'n° 12', 'n° 27', 'n° 45', 'n° 58', 'n° 76', 'passage piéton', 'arrêt de bus'],
  station: ['parvis', 'hall', 'dépose-minute', 'parking vélos', 'quai 1', 'passage souterrain', 'taxis'],
  building: [
    'entrée principale',
    'façade nord',
    'façade sud',
    'parvis',
    'parking du personnel',
    'cour de service',
    'accès livraisons',
    'local vélos',
  ],
  school: ['parvis', 'arrêt de bus scolaire'],
  park: ['entrée nord', 'entrée sud', 'aire de jeux', 'kiosque', 'passerelle', 'allée centrale'],
  parking: ['entrée', 'sortie', 'niveau -1', 'niveau -2', 'caisses automatiques', 'escalier est'],
  dumping: ["point d'apport volontaire", 'conteneurs enterrés'],
  entry: ['giratoire', 'carrefour à feux'],
};

const CITY_SITES: readonly Site[] = [
  {
    name: "Place d'Armes",
    kind: 'square',
    zone: 'CV',
    cross: ['rue de Famars', 'rue de la Halle', 'rue du Béguinage'],
  },
  {
    name: 'Place du Marché-aux-Herbes',
    kind: 'square',
    zone: 'CV',
    cross: ['rue des Tanneurs', 'rue de la Vieille-Poissonnerie'],
  },
  {
    name: 'Place de la République',
    kind: 'square',
    zone: 'CV',
    cross: ['boulevard Harpignies', 'rue Tholozé'],
  },
  { name: 'Place du Hainaut', kind: 'square', zone: 'CV', cross: ['rue de Paris', 'rue des Carmes'] },
  { name: "Esplanade de l'Escaut", kind: 'square', zone: 'RH', cross: ['quai des Mariniers'] },
  { name: 'Place Jean-Jaurès', kind: 'square', zone: 'HP', cross: ['rue Jean-Jaurès', 'rue du Moulin-Neuf'] },
  { name: 'Place Saint-Roch', kind: 'square', zone: 'SR', cross: ['rue du Quesnoy'] },
  {
    name: 'Rue de Famars (secteur piéton)',
    kind: 'street',
    zone: 'CV',
    cross: ['rue Ferrand', 'rue Capron'],
  },
  { name: 'Rue de Paris', kind: 'street', zone: 'CV', cross: ['rue des Récollets', 'rue du Rempart'] },
  { name: 'Rue Ferrand', kind: 'street', zone: 'CV', cross: ['rue des Foulons'] },
  { name: 'Boulevard Saly', kind: 'street', zone: 'CV', cross: ['avenue de Condé', 'rue de Lille'] },
  { name: 'Boulevard Harpignies', kind: 'street', zone: 'CV', cross: ['rue Victor-Hugo', 'avenue Watteau'] },
  { name: 'Avenue de la Gare', kind: 'street', zone: 'GA', cross: ['rue des Maraîchers'] },
  { name: 'Quai des Mariniers', kind: 'street', zone: 'RH', cross: ["rue de l'Écluse"] },
  { name: 'Avenue de Condé', kind: 'street', zone: 'HP', cross: ['rue des Foulons'] },
  { name: 'Rue de Lille', kind: 'street', zone: 'HP', cross: ['rue du Onze-Novembre'] },
  { name: 'Rue du Quesnoy', kind: 'street', zone: 'SR', cross: ['rue Saint-Roch'] },
  { name: 'Gare SNCF', kind: 'station', zone: 'GA', cross: ['rue de Lille'] },
  {
    name: 'Gare routière',
    kind: 'station',
    zone: 'GA',
    spots: [
      'quai A',
      'quai B',
      'quai C',
      'quai D',
      'quai E',
      'quai F',
      'abri voyageurs',
      'local conducteurs',
    ],
  },
  {
    name: "Pôle d'échanges — station de tram « Escaut »",
    kind: 'station',
    zone: 'GA',
    spots: ['quai direction centre', 'quai direction Famars', 'parc relais', 'distributeurs'],
  },
  { name: 'Hôtel de ville', kind: 'building', zone: 'CV', cross: ['rue de la Halle'] },
  { name: 'Médiathèque Simone-Veil', kind: 'building', zone: 'CV', cross: ['rue des Carmes'] },
  { name: 'Théâtre municipal', kind: 'building', zone: 'CV', cross: ['rue Capron'] },
  { name: 'Marché couvert', kind: 'building', zone: 'CV', cross: ['rue des Tanneurs'] },
  { name: 'Conservatoire de musique', kind: 'building', zone: 'CV', cross: ['rue du Béguinage'] },
  { name: 'Piscine du Rempart', kind: 'building', zone: 'RH', cross: ['rue du Rempart'] },
  { name: 'Complexe sportif Léo-Lagrange', kind: 'building', zone: 'RH', cross: ["rue de l'Écluse"] },
  { name: 'Centre social des Hauts-Prés', kind: 'building', zone: 'HP', cross: ['rue du Onze-Novembre'] },
  { name: 'Stade des Glacis', kind: 'building', zone: 'HP', cross: ['allée des Tilleuls'] },
  { name: 'Centre technique municipal', kind: 'building', zone: 'SR', cross: ['rue des Maraîchers'] },
  { name: 'Cimetière Saint-Roch', kind: 'building', zone: 'SR', spots: ['entrée principale', 'parking'] },
  { name: 'Collège Paul-Éluard', kind: 'school', zone: 'HP', hours: '07:00–19:00' },
  { name: 'Groupe scolaire Jules-Ferry', kind: 'school', zone: 'SR', hours: '07:00–19:00' },
  { name: 'Parking souterrain du Hainaut', kind: 'parking', zone: 'CV' },
  { name: 'Parking relais de la gare', kind: 'parking', zone: 'GA' },
  {
    name: 'Parc de la Rhônelle',
    kind: 'park',
    zone: 'RH',
    spots: [
      'entrée nord',
      'entrée sud',
      'entrée avenue Watteau',
      'aire de jeux',
      'kiosque',
      'passerelle',
      'allée centrale',
      'étang',
    ],
  },
  { name: 'Square Watteau', kind: 'park', zone: 'RH', cross: ['avenue Watteau'] },
  { name: 'Jardin des Glacis', kind: 'park', zone: 'HP', hours: '19:00–07:00' },
  {
    name: "Bords de l'Escaut — chemin de halage",
    kind: 'dumping',
    zone: 'RH',
    spots: ['écluse n° 3', 'pont de la Rhônelle', 'aire de pique-nique'],
  },
  { name: 'Rue du Moulin-Neuf', kind: 'dumping', zone: 'HP' },
  { name: 'Entrée de ville — avenue de Denain (RD 40)', kind: 'entry', zone: 'EV' },
  { name: 'Entrée de ville — route de Famars (RD 958)', kind: 'entry', zone: 'EV' },
  { name: 'Entrée de ville — avenue de Condé (RD 935)', kind: 'entry', zone: 'EV' },
  { name: 'Entrée de ville — route du Quesnoy (RD 934)', kind: 'entry', zone: 'EV' },
  { name: 'Entrée de ville — chaussée de Mons', kind: 'entry', zone: 'EV' },
  { name: "Entrée de ville — bretelle de l'autoroute A2", kind: 'entry', zone: 'EV' },
  { name: "Entrée de ville — rue de Lille (pont de l'Escaut)", kind: 'entry', zone: 'EV' },
];

/** The 2024 extension: the new Briquetterie district. */
const EXTENSION_SITES: readonly Site[] = [
  {
    name: 'Place de la Briquetterie',
    kind: 'square',
    zone: 'BR',
    cross: ['rue des Glycines', 'rue des Fours'],
  },
  { name: 'Rue des Glycines', kind: 'street', zone: 'BR' },
  { name: 'Mairie annexe de la Briquetterie', kind: 'building', zone: 'BR' },
  { name: 'Square des Tisserands', kind: 'park', zone: 'BR' },
];

const ZONE_NAMES: Record<string, string> = {
  CV: 'Centre-ville',
  GA: 'Gare',
  RH: 'Rhônelle',
  HP: 'Hauts-Prés',
  SR: 'Saint-Roch',
  EV: 'Entrées de ville',
  BR: 'Briquetterie',
  ZA: 'Rouges-Barres',
};

const PURPOSES: Record<SiteKind, readonly (readonly number[])[]> = {
  square: [[5], [5, 6], [1, 5], [5]],
  street: [[3, 4], [5], [3], [3, 5], [3, 4]],
  station: [[5, 6], [5], [1, 5, 6]],
  building: [[1], [1, 5], [1]],
  school: [[1]],
  park: [[5]],
  parking: [[5]],
  dumping: [[11], [5, 11]],
  entry: [[3], [3, 4]],
};

/** Share of cameras with homes in view, by kind of site (about 30 % overall). */
const NEAR_HOMES: Record<SiteKind, number> = {
  square: 0.3,
  street: 0.45,
  station: 0.05,
  building: 0.1,
  school: 0.4,
  park: 0.25,
  parking: 0.05,
  dumping: 0.3,
  entry: 0.2,
};

interface Spot {
  site: Site;
  label: string;
}

function spotsOf(site: Site): Spot[] {
  const labels = site.spots ?? [
    ...(site.cross ?? []).map((street) => `angle ${street}`),
    ...KIND_SPOTS[site.kind],
  ];
  return labels.map((label) => ({ site, label }));
}

/** Types of a group of cameras: a fifth PTZ, three tenths domes, the rest fixed, in random order. */
function typeMix(rng: Rng, size: number): CameraType[] {
  const ptz = Math.round(size * 0.2);
  const dome = Math.round(size * 0.3);
  const types: CameraType[] = [
    ...Array<CameraType>(ptz).fill('ptz'),
    ...Array<CameraType>(dome).fill('dome'),
    ...Array<CameraType>(size - ptz - dome).fill('fixed'),
  ];
  return shuffle(rng, types);
}

type Group = 'donated' | 'bought' | 'extension' | 'lapsed' | 'unauthorised';

interface Draft {
  group: Group;
  type: CameraType;
  spot: Spot;
  purposes: number[];
  nearHomes: boolean;
}

const DONATED_MODELS: Record<CameraType, { model: string; firmware: string }> = {
  fixed: { model: 'SV-IPC2235-F', firmware: 'V5.7.3 build 240611' },
  dome: { model: 'SV-IPC3625-D', firmware: 'V5.7.3 build 240611' },
  ptz: { model: 'SV-IPC6325-Z', firmware: 'V5.7.3 build 240611' },
  lapi: { model: 'SV-LPR8120-L', firmware: 'V3.4.0 build 240611' },
};
const OLD_DONATED_FIRMWARE = 'V5.2.1 build 210917';

const BOUGHT_MODELS: Record<CameraType, { model: string; firmware: string }> = {
  fixed: { model: 'VT-B3620', firmware: '3.12.4' },
  dome: { model: 'VT-D2410', firmware: '3.12.4' },
  ptz: { model: 'VT-P7230', firmware: '3.12.4' },
  lapi: { model: 'VT-B3620', firmware: '3.12.4' },
};

/**
 * Builds a reproducible inventory. `count` must cover every group of `options`; the cameras that are not
 * donated, added later, lapsed or unauthorised were bought by the town from its installer.
 */
export function generateCameras(
  count: number,
  rng: Rng,
  options: CameraInventoryOptions,
  orders: ExampleOrders = exampleOrders(EXAMPLE_DATE),
): Camera[] {
  const bought = count - options.donated - options.laterBatch - options.lapsed - options.unauthorised;
  if (bought < 0) throw new Error('generateCameras: count is smaller than the groups of the options');
  const uuid = createUuidGenerator(rng);

  const entrySites = CITY_SITES.filter((site) => site.kind === 'entry');
  const lapiSpots = shuffle(
    rng,
    entrySites.flatMap((site) => ['voie entrante', 'voie sortante'].map((label) => ({ site, label }))),
  );
  if (lapiSpots.length < options.lapiCameras) throw new Error('generateCameras: too many LAPI cameras');
  const citySpots = shuffle(rng, CITY_SITES.flatMap(spotsOf));
  const extensionSpots = shuffle(rng, EXTENSION_SITES.flatMap(spotsOf));
  let cityIndex = 0;
  const nextCitySpot = (): Spot => {
    // Past the named spots, a second mast at the same place: inventories do have « mât 2 ».
    const spot = citySpots[cityIndex % citySpots.length] as Spot;
    const round = Math.floor(cityIndex / citySpots.length);
    cityIndex++;
    return round === 0 ? spot : { site: spot.site, label: `${spot.label}, mât ${round + 1}` };
  };
  const draft = (group: Group, type: CameraType, spot: Spot): Draft => ({
    group,
    type,
    spot,
    purposes: [...pick(rng, PURPOSES[spot.site.kind])].sort((a, b) => a - b),
    nearHomes: rng() < NEAR_HOMES[spot.site.kind],
  });

  const drafts: Draft[] = [];
  const donatedTypes = typeMix(rng, options.donated - options.lapiCameras);
  const lapiAt = new Set(
    shuffle(
      rng,
      Array.from({ length: options.donated }, (_, i) => i),
    ).slice(0, options.lapiCameras),
  );
  let lapiIndex = 0;
  let donatedIndex = 0;
  for (let i = 0; i < options.donated; i++) {
    if (lapiAt.has(i)) {
      const spot = lapiSpots[lapiIndex++] as Spot;
      drafts.push({ ...draft('donated', 'lapi', spot), purposes: [3] });
    } else {
      drafts.push(draft('donated', donatedTypes[donatedIndex++] as CameraType, nextCitySpot()));
    }
  }
  for (const type of typeMix(rng, bought)) drafts.push(draft('bought', type, nextCitySpot()));
  const lapsedSite: Site = { name: "Zone d'activités des Rouges-Barres", kind: 'dumping', zone: 'ZA' };
  const lapsedSpots = ['rue Denis-Papin', 'rond-point des Rouges-Barres', "point d'apport volontaire"];
  for (let i = 0; i < options.lapsed; i++) {
    const label = lapsedSpots[i % lapsedSpots.length] as string;
    drafts.push({ ...draft('lapsed', 'fixed', { site: lapsedSite, label }), purposes: [11] });
  }
  const extensionTypes = typeMix(rng, options.laterBatch);
  extensionSpots.slice(0, options.laterBatch).forEach((spot, i) => {
    drafts.push(draft('extension', extensionTypes[i] ?? 'fixed', spot));
  });
  const nomadSpots: Spot[] = [
    {
      site: { name: 'Chemin des Hauts-Prés', kind: 'dumping', zone: 'HP' },
      label: 'dépôt sauvage récurrent',
    },
    { site: { name: 'Rue du Moulin-Neuf', kind: 'dumping', zone: 'HP' }, label: 'conteneurs à verre' },
  ];
  for (let i = 0; i < options.unauthorised; i++) {
    const spot = nomadSpots[i % nomadSpots.length] as Spot;
    drafts.push({ ...draft('unauthorised', 'fixed', spot), purposes: [11], nearHomes: true });
  }

  return finish(drafts, options, uuid, orders);
}

/** Capabilities, models, masks and notes: the findings are placed on the right cameras here. */
function finish(
  drafts: Draft[],
  options: CameraInventoryOptions,
  uuid: () => string,
  orders: ExampleOrders,
): Camera[] {
  const lapiEnabled = new Set(
    drafts
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.type === 'lapi')
      .slice(0, options.lapiEnabled)
      .map(({ i }) => i),
  );
  const microphones = new Set(
    drafts
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.group === 'donated' && d.type === 'ptz')
      .slice(0, options.microphones)
      .map(({ i }) => i),
  );
  // Unmasked homes are spread over the inventory, one in every few cameras near homes.
  const nearHomes = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.nearHomes && d.group !== 'unauthorised');
  const step = Math.max(1, Math.floor(nearHomes.length / Math.max(1, options.unmaskedNearHomes)));
  const unmasked = new Set(
    nearHomes
      .filter((_, k) => k % step === 3 % step)
      .slice(0, options.unmaskedNearHomes)
      .map(({ i }) => i),
  );
  const signCounters = new Map<string, number>();
  const signOfSite = new Map<string, string>();

  return drafts.map((d, i): Camera => {
    const donated = d.group === 'donated';
    const code = `CAM-${String(i + 1).padStart(3, '0')}`;
    const notes: string[] = [];
    const models = donated ? DONATED_MODELS : BOUGHT_MODELS;
    let { model, firmware } = models[d.type];
    if (donated && i % 17 === 5) {
      firmware = d.type === 'lapi' ? firmware : OLD_DONATED_FIRMWARE;
      if (d.type !== 'lapi')
        notes.push('Firmware non mis à jour : caméra injoignable lors de la campagne de juin 2024.');
    }
    if (d.group === 'extension') firmware = '4.2.1';
    if (d.group === 'unauthorised') {
      model = 'VT-N1040 (nomade, 4G)';
      firmware = '2.8.0';
    }

    let lapi: Capability = donated ? 'present-disabled' : 'absent';
    if (lapiEnabled.has(i)) {
      lapi = 'present-enabled';
      notes.push(
        "Lecture de plaques trouvée active lors de l'inventaire du 14 janvier 2026 (réactivée par la mise à jour de juin 2024) ; désactivation demandée au fournisseur.",
      );
    }
    let audio: Capability = 'absent';
    if (microphones.has(i)) {
      audio = 'present-disabled';
      model = 'SV-IPC6325-ZA';
      notes.push(
        'Variante à microphone intégré : entrée audio désactivée dans la configuration (constat du 14 janvier 2026).',
      );
    }
    let privacyMasks: Camera['privacyMasks'] = 'none';
    if (d.nearHomes) privacyMasks = d.type === 'ptz' ? 'static-and-dynamic' : 'static';
    if (unmasked.has(i)) {
      privacyMasks = 'none';
      notes.push("Façades d'habitation dans le champ sans masque de confidentialité : masque à créer.");
    }

    let authorisationReference: string = orders.main.reference;
    let authorisationExpiry: string | null = orders.main.expiry;
    if (d.group === 'extension') {
      authorisationReference = orders.extension.reference;
      authorisationExpiry = orders.extension.expiry;
    } else if (d.group === 'lapsed') {
      authorisationReference = orders.lapsed.reference;
      authorisationExpiry = orders.lapsed.expiry;
      notes.push(
        `Autorisation échue le ${frenchLongDate(orders.lapsed.expiry)} et non renouvelée : à reprendre dans le dossier de renouvellement.`,
      );
    } else if (d.group === 'unauthorised') {
      authorisationReference = '';
      authorisationExpiry = null;
      notes.push(
        'Caméra nomade posée le 18 novembre 2025 sans autorisation préfectorale : à régulariser ou à déposer.',
      );
    }

    let signage: string;
    const siteKey = `${d.spot.site.zone}|${d.spot.site.name}`;
    if (d.group === 'unauthorised') {
      signage = 'Aucun panneau posé';
    } else {
      const known = signOfSite.get(siteKey);
      if (known !== undefined) {
        signage = known;
      } else {
        const n = (signCounters.get(d.spot.site.zone) ?? 0) + 1;
        signCounters.set(d.spot.site.zone, n);
        const zoneName = ZONE_NAMES[d.spot.site.zone] ?? d.spot.site.zone;
        signage = `Panneau ${d.spot.site.zone}-${String(n).padStart(2, '0')} (zone ${zoneName})`;
        signOfSite.set(siteKey, signage);
      }
    }

    return {
      id: uuid(),
      code,
      location: typesetSource(`${d.spot.site.name} — ${d.spot.label}`),
      type: d.type,
      purposes: d.purposes,
      nearHomes: d.nearHomes,
      privacyMasks,
      hours: d.spot.site.hours ?? '24/7',
      audio,
      analytics: donated || d.group === 'extension' ? 'present-disabled' : 'absent',
      facialRecognition: donated ? 'present-disabled' : 'absent',
      lapi,
      make: donated ? TOWN.vendor : TOWN.installerMake,
      model,
      firmware,
      owner: TOWN.organisation,
      donor: donated ? TOWN.vendor : '',
      signage,
      authorisationReference: typesetSource(authorisationReference),
      authorisationExpiry,
      notes: typesetSource(notes.join(' ')),
    };
  });
}
