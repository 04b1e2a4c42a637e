// The AAD context the staff alert e-mail is sealed under (keys:rotate lists it in KNOWN_CONTEXTS).
export const ALERT_EMAIL_SEAL = 'staff.alert-email';
