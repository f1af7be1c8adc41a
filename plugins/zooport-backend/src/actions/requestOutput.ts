import type { z as zod } from 'zod/v3';

/**
 * The schema of a request in the answers of the request actions: what an
 * assistant reads and tells; the SLA clocks, approval and resolution as the
 * REST API gives them.
 */
export const requestOutput = (z: typeof zod) =>
  z.object({
    id: z.string(),
    teamRef: z.string().describe('The desk the request was filed at'),
    typeName: z.string(),
    title: z.string(),
    description: z.string().describe('Markdown'),
    status: z.string(),
    priority: z.string(),
    fields: z.record(z.string()),
    entityRef: z.string().nullable(),
    requesterRef: z.string(),
    assigneeRef: z
      .string()
      .nullable()
      .describe('Who works on it; null when nobody was on duty'),
    createdAt: z.string(),
    updatedAt: z.string(),
    resolvedAt: z.string().nullable(),
    sla: z
      .unknown()
      .describe('The first-response and resolution clocks, with due times'),
    approval: z.unknown().describe('null when the type needs no approval'),
    resolution: z.unknown().describe('How it was resolved; null while open'),
    link: z.string().describe('The request in the portal'),
  });
