/**
 * The largest file each upload takes, in bytes: the API refuses a larger one in Danish at its field, the admin checks
 * before sending, and the production proxy lets anything up to the largest through so the API can answer.
 */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_LOGO_BYTES = 1024 * 1024;
