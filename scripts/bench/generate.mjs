// Writes a synthetic registry of a given size: realistic activities, transfers and a change log.
// Deterministic (seeded), so two runs of the bench build the same content.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

/** A small seeded PRNG (mulberry32), so the content is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = [
  'payroll',
  'hr-suite',
  'accounting',
  'crm',
  'webshop',
  'mobile-app',
  'analytics',
  'support-desk',
  'websites',
  'organisation',
  'data-platform',
  'identity',
];
const PURPOSES = [
  'hosting',
  'backup',
  'caching',
  'autoscaling',
  'error-monitoring',
  'security',
  'authentication',
  'transactional-email',
  'customer-support',
  'website-analytics',
  'content-delivery',
  'newsletter',
  'crm',
  'internal-communication',
  'invoicing',
  'accounting',
];
const CATEGORIES = [
  'name',
  'email-address',
  'phone-number',
  'postal-address',
  'ip-address',
  'device-and-browser',
  'usage-data',
  'account-data',
  'credentials',
  'billing-data',
  'communication-content',
  'uploaded-files',
  'customer-content',
  'form-submissions',
  'health-data',
];
const SUBJECTS = [
  'customers',
  'users',
  'website-visitors',
  'prospects',
  'contacts',
  'newsletter-subscribers',
  'employees',
];
const CERTIFICATIONS = [
  'iso-27001',
  'iso-27017',
  'iso-27018',
  'iso-27701',
  'soc-2',
  'soc-1',
  'pci-dss',
  'csa-star',
  'bsi-c5',
  'nen-7510',
];
// Weighted like real lists: mostly EEA, then the US, then the rest.
const COUNTRIES = [
  ...Array(6).fill('NL'),
  ...Array(5).fill('DE'),
  ...Array(5).fill('IE'),
  ...Array(3).fill('FR'),
  'BE',
  'SE',
  'FI',
  'DK',
  'PL',
  'ES',
  'IT',
  'AT',
  'NO',
  ...Array(10).fill('US'),
  'GB',
  'GB',
  'CH',
  'CA',
  'JP',
  'IL',
  'IN',
  'AU',
  'SG',
  'BR',
  'PH',
  'ZA',
];
const EEA = new Set(['NL', 'DE', 'IE', 'FR', 'BE', 'SE', 'FI', 'DK', 'PL', 'ES', 'IT', 'AT', 'NO']);
const ADEQUATE = new Set(['GB', 'CH', 'CA', 'JP', 'IL', 'BR']);
const SUFFIX = {
  NL: 'B.V.',
  DE: 'GmbH',
  IE: 'Limited',
  FR: 'SAS',
  US: 'Inc.',
  GB: 'Ltd',
  CH: 'AG',
};
const WORDS = [
  'Nimbus',
  'Vector',
  'Harbor',
  'Quartz',
  'Lumen',
  'Atlas',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Helix',
  'Iris',
  'Juniper',
  'Kestrel',
  'Larch',
  'Meridian',
  'Nova',
  'Orbit',
  'Pylon',
  'Quill',
  'Rook',
  'Sable',
  'Tundra',
  'Umber',
  'Vireo',
  'Willow',
  'Xenon',
  'Yarrow',
  'Zephyr',
];
const KINDS = [
  'Cloud',
  'Mail',
  'Analytics',
  'Pay',
  'Desk',
  'Sign',
  'Backup',
  'CDN',
  'Chat',
  'Forms',
  'Metrics',
  'Identity',
  'Storage',
  'Search',
  'Queue',
];

const day = (base, offset) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

export async function generateRegistry(dir, count, { seed = 42, today = '2026-11-20' } = {}) {
  const rand = random(seed + count);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, min, max) => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };

  await mkdir(path.join(dir, 'products'), { recursive: true });
  await mkdir(path.join(dir, 'processors'), { recursive: true });
  await mkdir(path.join(dir, 'changes'), { recursive: true });
  await writeFile(
    path.join(dir, 'organization.yaml'),
    stringify({
      schemaVersion: 2,
      legalName: 'Benchmark Group N.V.',
      tradeName: 'Benchmark Group',
      address: { street: 'Zuidas 1', postalCode: '1082 MA', city: 'Amsterdam', country: 'NL' },
      registrationNumber: '87654321',
      privacyContact: 'privacy@bench.example',
      siteUrl: 'https://trust.bench.example',
      noticePeriodDays: 30,
      objectionAddress: 'objections@bench.example',
    }),
  );
  for (const [i, id] of PRODUCTS.entries()) {
    await writeFile(
      path.join(dir, 'products', `${id}.yaml`),
      stringify({
        name: `The ${id.replace(/-/g, ' ')} product`,
        description: `Synthetic product ${i + 1} of the benchmark group.`,
        order: i + 1,
      }),
    );
  }

  const ids = [];
  const productsOf = new Map();
  const writes = [];
  for (let n = 0; n < count; n++) {
    const id = `vendor-${String(n + 1).padStart(5, '0')}`;
    ids.push(id);
    const country = pick(COUNTRIES);
    const name = `${pick(WORDS)} ${pick(KINDS)} ${n + 1}`;
    const activities = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, a) => {
      const period =
        rand() < 0.1
          ? 'not-disclosed'
          : rand() < 0.2
            ? { upTo: pick(['PT24H', 'P7D', 'P6W']) }
            : {
                period: pick(['P30D', 'P90D', 'P1Y', 'P2Y', 'P7Y']),
                ...(rand() < 0.4
                  ? { after: pick(['end-of-contract', 'deletion-by-user', 'collection']) }
                  : {}),
              };
      return {
        purpose: pick(PURPOSES),
        description: `Synthetic activity ${a + 1} of ${name}: ${pick(['stores', 'processes', 'analyses', 'transmits', 'backs up'])} ${pick(['account', 'billing', 'support', 'usage', 'contact'])} records for the ${pick(PRODUCTS)} product.`,
        dataCategories: some(CATEGORIES.slice(0, -1), 1, 5),
        dataSubjects: some(SUBJECTS, 1, 3),
        retention: period,
        processing: some(COUNTRIES, 1, 3),
      };
    });
    // Stored where processed: the registries keep the shape earlier benchmarks measured.
    for (const activity of activities) activity.storage = activity.processing;
    const outside = [...new Set(activities.flatMap((a) => a.processing))].filter(
      (c) => !EEA.has(c),
    );
    const transfers = outside.map((c) =>
      c === 'US'
        ? {
            country: c,
            mechanisms: rand() < 0.7 ? ['dpf', 'scc'] : ['scc'],
            sccModule: 3,
            dpfVerifiedOn: day(today, -Math.floor(rand() * 400)),
          }
        : ADEQUATE.has(c)
          ? { country: c, mechanisms: ['adequacy'] }
          : { country: c, mechanisms: rand() < 0.8 ? ['scc'] : ['bcr'], sccModule: 3 },
    );
    for (const t of transfers) if (!t.mechanisms.includes('dpf')) delete t.dpfVerifiedOn;
    const processor = {
      name,
      legalEntity: { name: `${name} ${SUFFIX[country] ?? 'Ltd'}`, country },
      role: rand() < 0.7 ? 'sub-processor' : 'processor',
      products: some(PRODUCTS, 1, 3),
      activities,
      transfers,
      certifications: some(CERTIFICATIONS, 0, 4),
      dpa: {
        title: `${name} data processing agreement`,
        url: `https://vendor${n + 1}.example/dpa`,
      },
      subprocessorListUrl: `https://vendor${n + 1}.example/subprocessors`,
    };
    productsOf.set(id, processor.products);
    writes.push(writeFile(path.join(dir, 'processors', `${id}.yaml`), stringify(processor)));
    const announced = day('2019-01-01', Math.floor(rand() * 2500));
    writes.push(
      writeFile(
        path.join(dir, 'changes', `${announced}-${id}-added.yaml`),
        stringify({
          type: 'added',
          processors: [id],
          announced,
          effective: day(announced, 30 + Math.floor(rand() * 30)),
          products: processor.products,
          summary: `${name} is added as a ${processor.role}.`,
        }),
      ),
    );
    if (writes.length > 512) await Promise.all(writes.splice(0));
  }
  // About 8% removed later in 2026.
  for (let n = 0; n < count; n += 13) {
    const id = ids[n];
    const announced = day('2026-01-01', Math.floor(rand() * 300));
    writes.push(
      writeFile(
        path.join(dir, 'changes', `${announced}-${id}-removed.yaml`),
        stringify({
          type: 'removed',
          processors: [id],
          announced,
          effective: day(announced, 30),
          products: productsOf.get(id),
          summary: `${id} is removed.`,
        }),
      ),
    );
  }
  await Promise.all(writes);
  return { processors: count };
}
