// Types of browser-path.mjs for the TypeScript tests.
export declare function findChromium(): string | null;
