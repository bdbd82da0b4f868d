// Debounced saving of the open notebook with revision checks: a save that finds another tab's
// revision stops with 'conflict' and writes nothing; a full disk stops with 'full', keeping the edit.
import type { Notebook } from '../../pipelines/notebook/schema';
import { ConflictError, StorageFullError, type NotebookStore } from '../../pipelines/store/store';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'full' | 'error' | 'unsaved';

export interface SaveState {
  status: SaveStatus;
  revision: number | null;
  message: string | null;
}

interface AutosaveHooks {
  notebook(): Notebook;
  id(): string | null;
  onState(state: SaveState): void;
}

export const AUTOSAVE_DELAY_MS = 600;

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private revision: number | null = null;
  private status: SaveStatus = 'saved';
  private inFlight: Promise<void> | null = null;
  private pending = false;

  constructor(
    private readonly store: NotebookStore,
    private readonly hooks: AutosaveHooks,
    private readonly delayMs = AUTOSAVE_DELAY_MS,
  ) {}

  private emit(status: SaveStatus, message: string | null = null): void {
    this.status = status;
    this.hooks.onState({ status, revision: this.revision, message });
  }

  /** Call after every edit. */
  schedule(): void {
    if (this.status === 'conflict') return; // the user must choose Reload or Save as copy first
    this.pending = true;
    this.emit('dirty');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.pending = false;
    this.status = 'saved';
  }

  /** Saves now if there are unsaved edits; resolves when stored (or failed with a visible state). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    const id = this.hooks.id();
    if (!this.pending || !id || this.status === 'conflict') return;
    this.pending = false;
    const notebook = this.hooks.notebook();
    this.emit('saving');
    this.inFlight = (async () => {
      try {
        this.revision = await this.store.save(id, notebook, this.revision);
        this.emit(this.pending ? 'dirty' : 'saved');
      } catch (e) {
        if (e instanceof ConflictError) this.emit('conflict', e.message);
        else if (e instanceof StorageFullError) {
          this.pending = true; // the edit is still here, in memory; retry on the next change
          this.emit('full', e.message);
        } else {
          this.pending = true;
          this.emit('error', (e as Error).message);
        }
      } finally {
        this.inFlight = null;
      }
    })();
    await this.inFlight;
    if (this.pending && this.status === 'dirty') this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** The session adopts a revision (open, reload, save as copy). */
  adopt(revision: number | null): void {
    this.revision = revision;
    this.status = 'saved';
    this.pending = false;
  }
}
