// Explanations of terms that lesson text links to ("#glossary/<term>").
import { call } from './call';
import type { GlossaryView } from './bindings/GlossaryView';

export const glossaryTerm = (term: string) => call<GlossaryView>('glossary_term', { term });
