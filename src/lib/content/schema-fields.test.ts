import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { knownFields, nearestField, unknownFields } from './schema-fields';

const schema = z.object({
	title: z.string(),
	next: z.union([z.boolean(), z.string(), z.object({ link: z.string().optional(), label: z.string().optional() })]).optional(),
	head: z.array(z.object({ tag: z.string() })).default([]),
	sidebar: z.object({ order: z.number().optional(), badge: z.union([z.string(), z.object({ text: z.string() })]).transform((badge) => badge).optional() }).prefault({}),
});
const places = (data: unknown) => unknownFields(schema, data).map((issue) => `${issue.path.join('.')} → ${issue.meant?.join('.') ?? '-'}`);

describe('unknownFields', () => {
	it('knows every field the schema describes, inside unions, lists and transforms', () => {
		expect(places({ title: 'A', next: { link: '/', label: 'B' }, head: [{ tag: 'meta' }], sidebar: { order: 1, badge: { text: 'New' } } })).toEqual([]);
		expect(places({ title: 'A', next: false, sidebar: { badge: 'New' } })).toEqual([]);
	});

	it('names each unknown field by its path, with the known field it most likely misspells', () => {
		expect(places({ titel: 'A', next: { lnk: '/' }, head: [{ tga: 'meta' }], sidebar: { ordr: 1, badge: { txt: 'x' } }, colour: 'red' })).toEqual([
			'titel → title',
			'next.lnk → next.link',
			'head.0.tga → head.0.tag',
			'sidebar.ordr → sidebar.order',
			'sidebar.badge.txt → sidebar.badge.text',
			'colour → -',
		]);
	});
});

describe('nearestField', () => {
	it('allows one slip in a short name and two in a longer one, whatever the case', () => {
		expect(nearestField('dek', ['deck', 'draft'])).toBe('deck');
		expect(nearestField('Title', ['title'])).toBe('title');
		expect(nearestField('tableofcontent', ['tableOfContents'])).toBe('tableOfContents');
		expect(nearestField('dk', ['deck'])).toBeUndefined();
		expect(nearestField('colour', ['title', 'deck'])).toBeUndefined();
	});
});

describe('knownFields', () => {
	it('follows lists, records and unions down the path', () => {
		const deck = z.object({
			cards: z.array(z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), front: z.string() }), z.object({ kind: z.literal('b'), answer: z.boolean() })])),
			texts: z.record(z.string(), z.object({ prompt: z.string() })),
		});
		expect(knownFields(deck, [])).toEqual(['cards', 'texts']);
		expect(knownFields(deck, ['cards', 0])).toEqual(['kind', 'front', 'answer']);
		expect(knownFields(deck, ['texts', 'any-card'])).toEqual(['prompt']);
		expect(knownFields(deck, ['nothing'])).toEqual([]);
	});
});
