/** How sources are described to readers. */
import type { SourceType } from './schema/source.ts';

/** The label readers see for each source type. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
	official: 'Official source',
	wire: 'Wire report',
	outlet: 'News outlet',
	aggregator: 'Aggregator',
	mirror: 'Copy on another site',
};
