// Learners: creating, choosing, signing in (picture password or PIN), guests, signing out, deleting.
import { call } from './call';
import type { Bootstrap } from './bindings/Bootstrap';
import type { LearnerSecret } from './bindings/LearnerSecret';
import type { LearnerView } from './bindings/LearnerView';

export const learnersCreate = (name: string, avatar: string) => call<LearnerView>('learners_create', { name, avatar });
export const learnersSelect = (id: number) => call<LearnerView>('learners_select', { id });
export const learnersGuest = () => call<LearnerView>('learners_guest');
export const learnersSignIn = (id: number, secret: LearnerSecret | null) => call<LearnerView>('learners_sign_in', { id, secret });
export const learnersSignOut = () => call<Bootstrap>('learners_sign_out');
export const learnersDelete = (id: number) => call<Bootstrap>('learners_delete', { id });
