// The zod schemas rules share for their parameters: node kinds and roles as the topology model names them.
import { z } from 'zod';
import { NODE_KINDS, ROLES } from '../../topology/model.ts';

export const kindSchema = z.enum(NODE_KINDS);
export const kindsSchema = z.array(kindSchema).min(1);
export const roleSchema = z.enum(ROLES);
