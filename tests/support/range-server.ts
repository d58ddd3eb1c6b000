/** @module A local Pwned Passwords range server for tests and demos: the real protocol (padding
 * included, CORS for extension fetches) plus the faults the checker must survive. */
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { rangeRequestFor } from '../../utils/checks/breached-password/hash';

export type FaultMode =
  | 'status-503'
  | 'timeout'
  | 'slow-drip'
  | 'huge-body'
  | 'invalid-utf8'
  | 'html'
  | 'wrong-content-type'
  | 'reset'
  /** 429 with `Retry-After: 1`. */
  | '429'
  | '429-no-retry-after'
  /** 429 with a chosen `Retry-After` (seconds, or an HTTP date). */
  | { status: 429; retryAfter: number | string };

export interface RangeServerOptions {
  /** password → count; each becomes a real line of its prefix's range. */
  breached: Record<string, number>;
  fault?: FaultMode;
  /** @default 0 (any free port) */
  port?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  /** Lowercased header names, as Node gives them. */
  headers: Record<string, string>;
}

export interface RangeServer {
  /** e.g. `http://127.0.0.1:PORT/range/`: the `rangeApiUrl` to use. */
  url: string;
  /** Every request, preflights included, in arrival order. */
  requests: LoggedRequest[];
  setFault(fault: FaultMode | null): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Add-Padding',
  // Retry-After is not a CORS-safelisted response header: without this, a fetch from an
  // extension without host permission for the server (Firefox here) never sees it.
  'Access-Control-Expose-Headers': 'Retry-After',
  // Chrome's Private Network Access asks before a page or extension reaches loopback.
  'Access-Control-Allow-Private-Network': 'true',
  'Access-Control-Max-Age': '600',
};
const RANGE_PATH = /^\/range\/([0-9A-Fa-f]{5})$/;

export async function startRangeServer(options: RangeServerOptions): Promise<RangeServer> {
  const ranges = indexByPrefix(options.breached);
  const requests: LoggedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let fault: FaultMode | null = options.fault ?? null;

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: flatHeaders(req) });
    res.on('error', () => {}); // a client that hangs up mid-body is expected here
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    const match = RANGE_PATH.exec(req.url ?? '');
    if (req.method !== 'GET' || !match) return void text(res, 404, 'Not Found');
    if (fault) return answerWithFault(fault, req, res, timers);
    const prefix = (match[1] ?? '').toUpperCase();
    const padded = req.headers['add-padding'] === 'true';
    text(res, 200, rangeBody(ranges.get(prefix), padded));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}/range/`,
    requests,
    setFault: (next) => void (fault = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function answerWithFault(
  fault: FaultMode,
  req: IncomingMessage,
  res: ServerResponse,
  timers: Set<NodeJS.Timeout>,
): void {
  if (typeof fault === 'object')
    return void text(res, 429, 'Too Many Requests', { 'Retry-After': String(fault.retryAfter) });
  switch (fault) {
    case 'status-503':
      return void text(res, 503, 'Service Unavailable');
    case '429':
      return void text(res, 429, 'Too Many Requests', { 'Retry-After': '1' });
    case '429-no-retry-after':
      return void text(res, 429, 'Too Many Requests');
    case 'timeout':
      return; // the socket stays open and silent until the client or close() gives up
    case 'reset':
      return void req.socket.resetAndDestroy();
    case 'html':
      return void send(
        res,
        200,
        'text/html; charset=utf-8',
        '<!doctype html><title>Wi-Fi login</title>',
      );
    case 'wrong-content-type':
      return void send(res, 200, 'application/octet-stream', rangeBody(undefined, true));
    case 'invalid-utf8': {
      const line = Buffer.from(`${'A'.repeat(35)}:1\r\n`);
      return void send(
        res,
        200,
        'text/plain',
        Buffer.concat([line, Buffer.from([0xc3, 0x28, 0xff])]),
      );
    }
    case 'huge-body':
      return hugeBody(res);
    case 'slow-drip': {
      res.writeHead(200, { ...CORS, 'Content-Type': 'text/plain' });
      const body = rangeBody(undefined, true);
      let at = 0;
      const timer = setInterval(() => {
        if (at >= body.length || res.destroyed) return void (clearInterval(timer), res.end());
        res.write(body[at++]);
      }, 1000);
      timers.add(timer);
      res.on('close', () => (clearInterval(timer), timers.delete(timer)));
      return;
    }
  }
}

/** 10 MB of well-formed lines with no Content-Length, so only a streaming cap stops it. */
function hugeBody(res: ServerResponse): void {
  res.writeHead(200, { ...CORS, 'Content-Type': 'text/plain' });
  const chunk = Buffer.from(`${'0'.repeat(35)}:0\r\n`.repeat((64 * 1024) / 40));
  let left = 10 * 1024 * 1024;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      left -= chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

/** HIBP answers every prefix with its real lines plus, on request, count-0 padding lines,
 * sorted together so padding cannot be told apart by position. */
function rangeBody(real: Map<string, number> | undefined, padded: boolean): string {
  const lines = new Map<string, number>(real);
  // Other people's breached passwords share every prefix: never let a match be "any line".
  for (let i = 0; i < 20; i++) lines.set(randomSuffix(), randomInt(1, 5000));
  if (padded) {
    const total = randomInt(800, 1001);
    while (lines.size < total) lines.set(randomSuffix(), 0);
  }
  return [...lines]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([suffix, count]) => `${suffix}:${count}\r\n`)
    .join('');
}

function indexByPrefix(breached: Record<string, number>): Map<string, Map<string, number>> {
  const ranges = new Map<string, Map<string, number>>();
  for (const [password, count] of Object.entries(breached)) {
    const { prefix, suffix } = rangeRequestFor(password);
    if (!ranges.has(prefix)) ranges.set(prefix, new Map());
    ranges.get(prefix)?.set(suffix, count);
  }
  return ranges;
}

function randomSuffix(): string {
  return randomBytes(18).toString('hex').slice(0, 35).toUpperCase();
}

function text(
  res: ServerResponse,
  status: number,
  body: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...CORS, ...extra, 'Content-Type': 'text/plain' });
  res.end(body);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { ...CORS, 'Content-Type': type });
  res.end(body);
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
  );
}
