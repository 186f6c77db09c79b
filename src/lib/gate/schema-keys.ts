/**
 * What a zod schema allows at a path of plain data: the field names there (for "did you mean …?")
 * and whether a field is required (a required field's placeholder cannot be "removed"). Zod has
 * no public API for walking a schema, so this reads each schema's `_zod.def`, which zod 4
 * documents as the way to introspect (https://zod.dev/library-authors).
 */
import type { z } from 'astro/zod';

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schema under wrappers that do not change what is written (optional, default, a transform's
 * pipe …). Our schemas have no `z.lazy`, so every chain of wrappers ends.
 */
function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		const next = def.type === 'pipe' ? def.in : def.innerType;
		if (!next) return current;
		current = next;
	}
}

/** Every schema a path can lead to (several inside a union). */
function schemasAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType[] {
	let current = [schema];
	for (const key of path) {
		current = current.flatMap((candidate) => {
			const def = defOf(unwrap(candidate));
			if (def.type === 'union')
				return (def.options ?? []).flatMap((option) => schemasAt(option, [key]));
			// Only an object has a `shape` and only a list an `element`.
			const next = typeof key === 'string' ? def.shape?.[key] : def.element;
			return next ? [next] : [];
		});
	}
	return current;
}

/** The field names allowed in the group of fields at `path` (`[]` for the top level), in schema order. */
export function knownKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
	const keys = new Set<string>();
	const collect = (candidate: z.ZodType) => {
		const def = defOf(unwrap(candidate));
		if (def.type === 'union') def.options?.forEach(collect);
		else Object.keys(def.shape ?? {}).forEach((key) => keys.add(key));
	};
	schemasAt(schema, path).forEach(collect);
	return [...keys];
}

/** Whether the field at `path` must be written (false for optional fields, defaults and unknown paths). */
export function isRequiredAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): boolean {
	if (typeof path.at(-1) === 'number') return false; // A list item can always be removed.
	const found = schemasAt(schema, path);
	return (
		found.length > 0 &&
		// `optin` is set ("optional", or for a default "defaulted") when the field may be left out.
		found.every((candidate) => !(candidate as unknown as { _zod: { optin?: string } })._zod.optin)
	);
}
