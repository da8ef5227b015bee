/** Title and last edit of a working copy on disk, for the recovery list; null if unreadable. */
import Database from 'better-sqlite3';

export function summarize(dbPath: string): { title: string; updatedAt: string } | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { fileMustExist: true });
    const row = db.prepare('SELECT title, updated_at AS updatedAt FROM project LIMIT 1').get() as { title: unknown; updatedAt: unknown } | undefined;
    if (!row || typeof row.title !== 'string' || typeof row.updatedAt !== 'string') return null;
    return { title: row.title, updatedAt: row.updatedAt };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
