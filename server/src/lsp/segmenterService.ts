// Loads jieba once, off the critical path: the first diagnostics of a file are published with the
// character fallback, the dictionary loads on libuv's thread pool while the server goes on
// answering (loadJiebaAsync; on the next turn of the event loop where the binding cannot), and the
// documents that use it are reviewed again when it is ready. A failure is said once and the
// fallback stays.
import { fallbackSegmenter, type Segmenter } from '../engine';
import { loadJiebaAsync, type JiebaOptions } from '../jieba';

export type SegmenterState = 'idle' | 'loading' | 'ready' | 'failed';

export class SegmenterService {
  private segmenter: Segmenter = fallbackSegmenter;
  private state: SegmenterState = 'idle';
  private userDictionary?: string;

  constructor(
    private readonly onReady: () => void,
    private readonly log: (message: string) => void,
    private readonly onState: (state: SegmenterState, detail?: string) => void = () => {},
    private readonly loader: (options: JiebaOptions) => Segmenter | Promise<Segmenter> = loadJiebaAsync,
  ) {}

  get current(): Segmenter {
    return this.segmenter;
  }

  get status(): SegmenterState {
    return this.state;
  }

  /** Asks for the dictionary; returns at once. */
  request(): void {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    this.onState('loading');
    setTimeout(() => void this.load(), 0);
  }

  /** A new user dictionary takes effect at the next server start: jieba loads its dictionaries once per process. */
  setUserDictionary(file: string | undefined): void {
    if (this.state === 'idle') this.userDictionary = file;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    try {
      this.segmenter = await this.loader({ userDictionary: this.userDictionary });
      this.state = 'ready';
      this.log(`Word segmentation ready (jieba, ${Date.now() - started} ms).`);
      this.onState('ready');
      this.onReady();
    } catch (err) {
      this.state = 'failed';
      this.log(
        `Word segmentation unavailable: the nodejs-jieba native module could not be loaded (${(err as Error).message}). ` +
          'Reviews go on with a character-based fallback; split-word findings are reported as mid-sentence splits.',
      );
      this.onState('failed', (err as Error).message);
    }
  }
}
