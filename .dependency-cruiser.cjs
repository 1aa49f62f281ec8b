// @ts-check
// dependency-cruiser (`npm run lint:deps`): the layers of src/lib.
//
// LAYERS is the one place where the order is written: bottom first. A folder
// of src/lib may import only folders written BEFORE it (and itself). Every
// rule below is generated from this list; a folder of src/lib that is not in
// it is reported too, so a new folder must be given its place here.
// src/components sits above every layer: it may import any of them, and no
// file of src/lib may import it.
const LAYERS = [
  // shared text and formatting, and other leaves that import nothing of src/lib
  'text',
  'format',
  'ids',
  'files',
  'security',
  // the page's idle moments: long lists shown in slices (any tool)
  'idle',
  // schemas, then validation
  'schemas',
  'validation',
  // content read from the schemas (site paths, sources, logo images, guide)
  'site',
  'sources',
  'images',
  'guide',
  // IMP, then the document (which lays out the IMP table)
  'imp',
  'document',
  // exports
  'pdf',
  'docx',
  // persistence
  'storage',
  'persistence',
  // the record kinds (letters read the school and the models to fill a letter in)
  'school',
  'models',
  'team',
  'letters',
  // services over the records, and the page's shared services (`getServices()`)
  'checks',
  'backup',
  // the letter in a link for the person, and their acknowledgment back
  'sending',
  'services',
  // tool states, each in its own folder
  'summary',
  'school-form',
  'editor',
  'list',
  'builder',
  'bulk',
  'team-form',
  'rollover',
  'campaign',
  'search',
  'offline',
  'shell',
];

/** @param {string[]} folders */
const libFolders = (folders) => `^src/lib/(${folders.join('|')})/`;

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = LAYERS.slice(0, -1).map((folder, index) => ({
  name: `layer-${folder}`,
  comment:
    `src/lib/${folder} is layer ${index + 1} of ${LAYERS.length}: it may not import ` +
    `a folder of a higher layer (${LAYERS.slice(index + 1).join(', ')}). See LAYERS in .dependency-cruiser.cjs.`,
  severity: 'error',
  from: { path: `^src/lib/${folder}/` },
  to: { path: libFolders(LAYERS.slice(index + 1)) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'This file is part of an import cycle (type-only imports count).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'lib-not-to-components',
      comment: 'src/lib is below src/components: it never imports a component.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'lib-folder-without-layer',
      comment:
        'This folder of src/lib is not in LAYERS (.dependency-cruiser.cjs): give it its place there.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: libFolders(LAYERS) },
      to: {},
    },
    {
      name: 'lib-folder-without-layer',
      comment:
        'This folder of src/lib is not in LAYERS (.dependency-cruiser.cjs): give it its place there.',
      severity: 'error',
      from: {},
      to: { path: '^src/lib/', pathNot: libFolders(LAYERS) },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import resolves to no file (Vite and Astro virtual modules excepted).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(virtual|astro):' },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(node_modules|dist[^/]*|tests)/' },
    // type-only imports are dependencies too (a cycle through `import type` is reported)
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // .svelte is read natively (through svelte/compiler). .astro is not parsed
    // by dependency-cruiser: its files are listed, without their imports.
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.svelte', '.astro', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
