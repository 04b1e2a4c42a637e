import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LANGS } from '../domain/languages.ts';

// content/<lang>/<slug>.md for every registry language: ids are "<lang>/<slug>".
const guidance = defineCollection({
  loader: glob({ pattern: LANGS.length > 1 ? `{${LANGS.join(',')}}/*.md` : `${LANGS[0]}/*.md`, base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    audience: z.enum(['everyone', 'children', 'parents', 'teachers']),
    readingLevel: z.enum(['child', 'adult']),
    sources: z.array(z.object({ title: z.string(), url: z.string().optional(), document: z.string().optional() })).default([]),
    lastReviewed: z.coerce.date(),
    // Urdu pages: the hash of the English body they translate (see tests/content).
    translationOf: z.string().optional(),
    order: z.number().default(100),
    // Pages that say what happens to a report show the deployment's service statement (site/components/ServiceStatement.astro).
    serviceStatement: z.enum(['adult', 'child']).optional(),
  }),
});

export const collections = { guidance };
