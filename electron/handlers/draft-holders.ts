// Which window holds which draft: shared by every window's handlers, so that one window never lists, recovers or
// deletes a draft that another window has open.
export class DraftHolders {
  private readonly holders = new Map<string, string>();

  /** Takes the draft for `owner`; false when another window holds it. */
  claim(draftPath: string, owner: string): boolean {
    const holder = this.holders.get(draftPath);
    if (holder !== undefined && holder !== owner) return false;
    this.holders.set(draftPath, owner);
    return true;
  }

  heldByOther(draftPath: string, owner: string): boolean {
    const holder = this.holders.get(draftPath);
    return holder !== undefined && holder !== owner;
  }

  release(draftPath: string, owner: string): void {
    if (this.holders.get(draftPath) === owner) this.holders.delete(draftPath);
  }

  /** A window that goes away (closed, crashed) lets go of everything it held. */
  releaseAll(owner: string): void {
    for (const [draftPath, holder] of this.holders) if (holder === owner) this.holders.delete(draftPath);
  }
}
