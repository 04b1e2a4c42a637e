// The AAD context the staff alert e-mail is sealed under (declared with the others in domain/vocabulary.ts).
import { SEAL_CONTEXTS } from '../../domain/vocabulary.ts';

export const ALERT_EMAIL_SEAL = SEAL_CONTEXTS.staff.alertEmail;
