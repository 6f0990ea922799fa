// What the app was asked to open: a .dpia path from the command line or the OS, or the example.
export function documentToOpen(argv: readonly string[]): string | null {
  const file = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.dpia'));
  if (file) return file;
  return argv.includes('--example') ? 'example' : null;
}
