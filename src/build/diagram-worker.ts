// Worker thread that draws lesson diagrams, so Mermaid's DOM shim never touches the Astro build's globals.
import { parentPort } from 'node:worker_threads';
import { DiagramBuildError } from './diagram-error.ts';
import { renderMermaidBlock, type MermaidBlockInput } from './render-block.ts';

export interface WorkerRequest {
  readonly seq: number;
  readonly block: MermaidBlockInput;
}

export type WorkerReply =
  | { readonly seq: number; readonly html: string }
  | {
      readonly seq: number;
      readonly error: {
        readonly file: string;
        readonly line: number;
        readonly reason: string;
      } | null;
      readonly message: string;
    };

parentPort?.on('message', (request: WorkerRequest) => {
  renderMermaidBlock(request.block).then(
    (html) => parentPort?.postMessage({ seq: request.seq, html } satisfies WorkerReply),
    (error: unknown) => {
      const where =
        error instanceof DiagramBuildError
          ? { file: error.file, line: error.line, reason: error.reason }
          : null;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      parentPort?.postMessage({ seq: request.seq, error: where, message } satisfies WorkerReply);
    },
  );
});
