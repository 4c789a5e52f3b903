// Explanations of terms: one that lesson text links to ("#glossary/<term>"), or all of them.
import { call } from './call';
import type { GlossaryView } from './bindings/GlossaryView';

export const glossaryTerm = (term: string) => call<GlossaryView>('glossary_term', { term });
export const glossaryAll = () => call<GlossaryView[]>('glossary_all');
