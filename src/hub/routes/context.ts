import type { FastifyRequest } from 'fastify';
import type { Framework } from '../../core/assessment/framework-schema';
import type { Principal } from '../auth/principal';
import type { HubConfig } from '../config';
import type { HubDb } from '../db/connect';
import type { FiguresCache } from '../figures-cache';

/** What every route module is given by the server. */
export interface RouteContext {
  db: HubDb;
  config: HubConfig;
  frameworks: readonly Framework[];
  principal: (request: FastifyRequest) => Promise<Principal>;
  figures: FiguresCache;
}
