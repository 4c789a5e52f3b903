// A learner's private reflection; the reply says when it was committed to disk.
import { call } from './call';
import type { SavedView } from './bindings/SavedView';

export const reflectionSave = (lessonUuid: string, stepUuid: string, text: string) =>
  call<SavedView>('reflection_save', { lessonUuid, stepUuid, text });
