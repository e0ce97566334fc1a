/** The dev mail catcher's HTTP port in the browser tests: its JSON list of caught e-mails. */
export const MAIL_HTTP_PORT = 1180;
