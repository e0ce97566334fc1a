/**
 * SQL for three statement-level AFTER triggers (insert, update, delete) on `table`, each calling `fn` with the
 * changed rows as the transition table `changed_rows` (the new rows, or the old ones for a delete).
 */
export function changedRowsTriggersSql(table: string, name: string, fn: string): string {
  return `
    CREATE TRIGGER ${table}_${name}_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
    CREATE TRIGGER ${table}_${name}_updated AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
    CREATE TRIGGER ${table}_${name}_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`;
}

/** Drops what changedRowsTriggersSql created. */
export function dropChangedRowsTriggersSql(table: string, name: string): string {
  return ['inserted', 'updated', 'deleted'].map((event) => `DROP TRIGGER ${table}_${name}_${event} ON ${table};`).join('\n');
}
