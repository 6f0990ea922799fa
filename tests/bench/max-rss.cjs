// Preloaded by the benchmark into `dpia export`: prints the process's peak resident memory (KiB) on stderr at exit.
process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
