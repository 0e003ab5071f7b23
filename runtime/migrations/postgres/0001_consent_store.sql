-- The consent store (GDPR Art. 7(1)): records, the notices they were given under, and the purges that removed
-- records past their retention. Every table is append-only, enforced here and not only by the application:
-- no UPDATE (which `INSERT .. ON CONFLICT DO UPDATE` would run), no TRUNCATE, no DELETE but a purge's.

CREATE TABLE consent_records (
    seq BIGSERIAL PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    subject_id TEXT NOT NULL,
    form TEXT NOT NULL,
    purpose TEXT NOT NULL,
    decision TEXT NOT NULL,
    notice_version TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX consent_records_subject ON consent_records (subject_id, form, purpose, seq);
CREATE INDEX consent_records_form ON consent_records (form, recorded_at);

CREATE TABLE archived_notices (
    version TEXT PRIMARY KEY,
    script_version TEXT NOT NULL,
    form TEXT NOT NULL,
    archived_at BIGINT NOT NULL,
    outputs TEXT NOT NULL
);
CREATE INDEX archived_notices_script ON archived_notices (script_version);

CREATE TABLE retention_purges (
    seq BIGSERIAL PRIMARY KEY,
    form TEXT NOT NULL,
    cutoff BIGINT NOT NULL,
    purged_at BIGINT NOT NULL,
    deleted BIGINT NOT NULL,
    reason TEXT NOT NULL
);

CREATE FUNCTION privacy_notice_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% are append-only', TG_TABLE_NAME;
END;
$$;

-- A record may only be deleted by a purge recorded first, whose cutoff it is older than, and only when the
-- person's latest decision on that purpose is older too.
CREATE FUNCTION privacy_notice_purge_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM retention_purges p
        WHERE p.form = OLD.form AND OLD.recorded_at < p.cutoff
          AND NOT EXISTS (
              SELECT 1 FROM consent_records r
              WHERE r.subject_id = OLD.subject_id AND r.form = OLD.form AND r.purpose = OLD.purpose
                AND r.recorded_at >= p.cutoff)) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'consent_records are append-only: only a recorded retention purge deletes';
END;
$$;

CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_append_only();
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_purge_only();
CREATE TRIGGER consent_records_no_truncate BEFORE TRUNCATE ON consent_records
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_append_only();

CREATE TRIGGER archived_notices_no_update BEFORE UPDATE OR DELETE ON archived_notices
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_append_only();
CREATE TRIGGER archived_notices_no_truncate BEFORE TRUNCATE ON archived_notices
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_append_only();

CREATE TRIGGER retention_purges_no_update BEFORE UPDATE OR DELETE ON retention_purges
    FOR EACH ROW EXECUTE FUNCTION privacy_notice_append_only();
CREATE TRIGGER retention_purges_no_truncate BEFORE TRUNCATE ON retention_purges
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_append_only();
