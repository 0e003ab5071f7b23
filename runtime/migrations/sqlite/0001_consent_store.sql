-- The consent store (GDPR Art. 7(1)): records, the notices they were given under, and the purges that removed
-- records past their retention. Every table is append-only, enforced here and not only by the application:
-- no UPDATE, no DELETE (but a purge's, see below), and no INSERT that would replace an existing row, which is
-- how `INSERT OR REPLACE` deletes without firing DELETE triggers when `recursive_triggers` is off.

CREATE TABLE consent_records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL UNIQUE,
    subject_id TEXT NOT NULL,
    form TEXT NOT NULL,
    purpose TEXT NOT NULL,
    decision TEXT NOT NULL,
    notice_version TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX consent_records_subject ON consent_records (subject_id, form, purpose, seq);
CREATE INDEX consent_records_form ON consent_records (form, recorded_at);

CREATE TABLE archived_notices (
    version TEXT PRIMARY KEY NOT NULL,
    script_version TEXT NOT NULL,
    form TEXT NOT NULL,
    archived_at INTEGER NOT NULL,
    outputs TEXT NOT NULL
);
CREATE INDEX archived_notices_script ON archived_notices (script_version);

CREATE TABLE retention_purges (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    form TEXT NOT NULL,
    cutoff INTEGER NOT NULL,
    purged_at INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    reason TEXT NOT NULL
);

CREATE TRIGGER consent_records_no_replace BEFORE INSERT ON consent_records
    WHEN EXISTS (SELECT 1 FROM consent_records WHERE record_id = NEW.record_id OR seq = NEW.seq)
    BEGIN SELECT RAISE(ABORT, 'consent records are append-only: this record already exists'); END;
CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
    BEGIN SELECT RAISE(ABORT, 'consent records are append-only'); END;
-- A record may only be deleted by a purge recorded first, whose cutoff it is older than, and only when the
-- person's latest decision on that purpose is older too.
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
    WHEN NOT EXISTS (
        SELECT 1 FROM retention_purges p
        WHERE p.form = OLD.form AND OLD.recorded_at < p.cutoff
          AND NOT EXISTS (
              SELECT 1 FROM consent_records r
              WHERE r.subject_id = OLD.subject_id AND r.form = OLD.form AND r.purpose = OLD.purpose
                AND r.recorded_at >= p.cutoff))
    BEGIN SELECT RAISE(ABORT, 'consent records are append-only: only a recorded retention purge deletes'); END;

-- A notice is archived once per version: inserting it again is ignored, never a replacement.
CREATE TRIGGER archived_notices_once BEFORE INSERT ON archived_notices
    WHEN EXISTS (SELECT 1 FROM archived_notices WHERE version = NEW.version)
    BEGIN SELECT RAISE(IGNORE); END;
CREATE TRIGGER archived_notices_no_update BEFORE UPDATE ON archived_notices
    BEGIN SELECT RAISE(ABORT, 'archived notices are append-only'); END;
CREATE TRIGGER archived_notices_no_delete BEFORE DELETE ON archived_notices
    BEGIN SELECT RAISE(ABORT, 'archived notices are append-only'); END;

CREATE TRIGGER retention_purges_no_replace BEFORE INSERT ON retention_purges
    WHEN EXISTS (SELECT 1 FROM retention_purges WHERE seq = NEW.seq)
    BEGIN SELECT RAISE(ABORT, 'retention purges are append-only'); END;
CREATE TRIGGER retention_purges_no_update BEFORE UPDATE ON retention_purges
    BEGIN SELECT RAISE(ABORT, 'retention purges are append-only'); END;
CREATE TRIGGER retention_purges_no_delete BEFORE DELETE ON retention_purges
    BEGIN SELECT RAISE(ABORT, 'retention purges are append-only'); END;
