// The import graph's rules (DESIGN.md, Layout; STYLE.md, « Arrows point down »), checked by `npm run lint`.
// ESLint's no-restricted-imports catches a wrong import where it is written; this checks the whole graph.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-is-the-bottom',
      comment: 'core/model holds the vocabulary every other module uses: it imports nothing else of ours.',
      severity: 'error',
      from: { path: '^core/model/' },
      to: { path: '^(core|cli|electron|renderer|templates)/', pathNot: '^core/model/' },
    },
    {
      name: 'core-is-pure',
      comment: 'core/ knows DPIAs, not the shell, the UI or the command line.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(cli|electron|renderer)/' },
    },
    {
      name: 'pure-core-has-no-io',
      comment: 'File I/O lives in core/node; the rest of core runs in the renderer too.',
      severity: 'error',
      from: { path: '^core/', pathNot: '^core/node/' },
      to: { path: '^core/node/' },
    },
    {
      name: 'renderer-only-through-window-dpia',
      comment: 'The renderer reaches the main process only through window.dpia, and never core/node.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|cli|core/node)/' },
    },
    {
      name: 'shells-stay-apart',
      comment: 'The main process and the dpia command are separate programs.',
      severity: 'error',
      from: { path: '^(electron|cli)/' },
      to: { path: '^(electron|cli|renderer)/', pathNot: '^$1/' },
    },
    {
      name: 'signature-and-checks-below-export',
      comment: 'The Word export uses signatures and findings, not the other way round.',
      severity: 'error',
      from: { path: '^core/(signature|checks|workflow)/' },
      to: { path: '^core/export/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|tests|scripts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
