// Answers are checked in Rust; the UI only ever learns the verdict and the feedback.
import { call } from './call';
import type { AnswerView } from './bindings/AnswerView';

export const quizAnswer = (lessonUuid: string, questionUuid: string, chosen: string[]) =>
  call<AnswerView>('quiz_answer', { lessonUuid, questionUuid, chosen });
