// The direction of imports between the folders of src/lib (docs/architecture.md, "Direction"):
// text → analysis → annotated GeoJSON → review → map → dashboard → components, with geodata
// below analysis and server/ beside components. Each folder gets one
// @typescript-eslint/no-restricted-imports entry, because ESLint does not merge a rule's options
// across config objects: the later one would silently replace the earlier.

/** An import of one of `folders` of src/lib, through `$lib/` or any number of `../`. */
const libFolders = (folders) => `^(?:\\$lib/|(?:\\.\\./)+)(?:${folders.join('|')})(?:/|$)`;

const pure = [
  { regex: '^svelte(?:/|$)', message: 'domain folders are pure TypeScript: no Svelte at runtime.' },
  { regex: '^(?:\\$app/|@sveltejs/kit)', message: 'domain folders do not depend on SvelteKit.' },
  {
    regex: '^maplibre-gl(?:/|$)',
    allowTypeImports: true,
    message: 'domain folders use MapLibre types only (import type); the components run the map.'
  },
  {
    regex: libFolders(['server', 'components']),
    message: 'domain folders never import server/ or components/.'
  }
];

const browserSafe = [
  {
    regex: '^(?:node:|fs$|path$|crypto$)',
    message: 'this folder runs in the browser too: no Node built-ins.'
  }
];

/** A rule that `folder` may not import any of `folders` (named for the message). */
const above = (folder, folders) => ({
  regex: libFolders(folders),
  message: `${folder}/ sits below ${folders.join(', ')}/ and never imports them (docs/architecture.md).`
});

const patternsByFolder = {
  analysis: [
    ...pure,
    ...browserSafe,
    above('analysis', ['annotated', 'review', 'map', 'dashboard', 'demo']),
    {
      // The rules read the gazetteer through its types and name normalisation, and their word
      // lists from geodata/knowledge; loading files is the caller's job.
      regex: '^(?:\\$lib/|(?:\\.\\./)+)geodata/(?!types$|gazetteer$|knowledge/)',
      message: 'analysis/ reads only geodata types, normalizeName and geodata/knowledge.'
    },
    { regex: '^(?![.$])(?!zod(?:/|$))', message: 'analysis/ depends on no package but zod.' }
  ],
  annotated: [...pure, ...browserSafe, above('annotated', ['review', 'map', 'dashboard', 'geodata', 'demo'])],
  review: [...pure, ...browserSafe, above('review', ['map', 'dashboard', 'demo'])],
  map: [...pure, above('map', ['dashboard', 'review', 'demo'])],
  dashboard: [...pure, ...browserSafe, above('dashboard', ['demo'])],
  geodata: [...pure, above('geodata', ['analysis', 'annotated', 'review', 'map', 'dashboard', 'demo'])],
  // Pages, items and feeds → article text and facts; the CLI reuses it for *.html inputs.
  intake: [
    ...pure,
    above('intake', ['analysis', 'annotated', 'review', 'map', 'dashboard', 'geodata', 'demo'])
  ],
  demo: [...pure, above('demo', ['annotated', 'review', 'map', 'dashboard'])],
  components: [
    ...browserSafe,
    {
      regex: libFolders(['server']),
      message: 'components/ run in the browser: server/ is reached through the API.'
    }
  ],
  server: [
    { regex: '^svelte(?:/|$)', message: 'server/ renders nothing: no Svelte.' },
    { regex: libFolders(['components']), message: 'server/ never imports components/.' }
  ]
};

export const folderDirection = Object.entries(patternsByFolder).map(([folder, patterns]) => ({
  files: [`src/lib/${folder}/**/*.ts`, `src/lib/${folder}/**/*.svelte`, `src/lib/${folder}/**/*.js`],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] }
}));
