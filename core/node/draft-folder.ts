// The app's folder of drafts (documents never saved, or changed since): an owner-only folder of .dpia files.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const EXTENSION = '.dpia';

export interface DraftFile {
  draftId: string;
  filePath: string;
  modifiedAt: string;
}

export class DraftFolder {
  constructor(readonly dir: string) {}

  pathOf(draftId: string): string {
    return path.join(this.dir, `${draftId}${EXTENSION}`);
  }

  /** Creates the folder if needed; only its owner may read it, drafts being unsigned working copies. */
  async ensure(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
  }

  /** The drafts on disk, newest first; an absent folder has none. */
  async list(): Promise<DraftFile[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((name) => name.endsWith(EXTENSION));
    } catch {
      return [];
    }
    const files: DraftFile[] = [];
    for (const name of names) {
      const filePath = path.join(this.dir, name);
      try {
        const info = await stat(filePath);
        if (!info.isFile()) continue;
        files.push({
          draftId: name.slice(0, -EXTENSION.length),
          filePath,
          modifiedAt: info.mtime.toISOString(),
        });
      } catch {
        // Gone between listing and reading: nothing to offer.
      }
    }
    return files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  async remove(filePath: string): Promise<void> {
    await rm(filePath, { force: true });
  }
}
