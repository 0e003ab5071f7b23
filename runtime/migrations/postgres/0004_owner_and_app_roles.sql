-- An owner role and an application role (audit N7). The role that runs these migrations owns the tables and
-- their triggers; the application may run as a role granted only what `ConsentStore::grant_app_role` grants:
-- SELECT, and INSERT of records and archived notices. It cannot UPDATE, DELETE, TRUNCATE, nor — not being the
-- owner — ALTER TABLE .. DISABLE TRIGGER or DROP TRIGGER. Its only way to delete is this function, which runs
-- as the owner (SECURITY DEFINER) and does what `ConsentStore::purge` did in two statements: record the purge,
-- then delete the decisions that ended before the cutoff. The cutoff is computed here, from the database's
-- clock, and the retention floor (five years, `store::RETENTION_FLOOR`) checked here too, so that calling the
-- function by hand deletes no more than the library would.
CREATE FUNCTION privacy_notice_purge(purge_form TEXT, kept_for_ms BIGINT, purge_reason TEXT)
    RETURNS TABLE (deleted_count BIGINT, cutoff_ms BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    now_ms BIGINT := floor(extract(epoch FROM clock_timestamp()) * 1000)::BIGINT;
    purge_cutoff BIGINT;
    counted BIGINT;
    removed BIGINT;
BEGIN
    IF kept_for_ms IS NULL OR kept_for_ms < 157852800000 THEN
        RAISE EXCEPTION 'a retention shorter than 5 years (1827 days) is refused: nothing was purged';
    END IF;
    purge_cutoff := greatest(now_ms - kept_for_ms, 0);
    INSERT INTO retention_purges (form, cutoff, purged_at, deleted, reason)
        SELECT purge_form, purge_cutoff, now_ms, COUNT(*), purge_reason
        FROM consent_records AS c WHERE c.form = purge_form AND c.recorded_at < purge_cutoff AND (
            SELECT n.recorded_at FROM consent_records n WHERE n.subject_id = c.subject_id AND n.form = c.form
            AND n.purpose = c.purpose AND n.seq > c.seq ORDER BY n.seq LIMIT 1) < purge_cutoff
        RETURNING retention_purges.deleted INTO counted;
    DELETE FROM consent_records AS c WHERE c.form = purge_form AND c.recorded_at < purge_cutoff AND (
        SELECT n.recorded_at FROM consent_records n WHERE n.subject_id = c.subject_id AND n.form = c.form
        AND n.purpose = c.purpose AND n.seq > c.seq ORDER BY n.seq LIMIT 1) < purge_cutoff;
    GET DIAGNOSTICS removed = ROW_COUNT;
    IF removed <> counted THEN
        RAISE EXCEPTION 'the purge counted % records but would delete %: nothing was deleted', counted, removed;
    END IF;
    RETURN QUERY SELECT removed, purge_cutoff;
END;
$$;

-- A SECURITY DEFINER function must not find its tables through the caller's search path (a temporary table of
-- the same name would come first): it looks in the schema the store was migrated into, then in pg_temp last.
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION privacy_notice_purge(TEXT, BIGINT, TEXT) SET search_path = %I, pg_temp',
                   current_schema());
END;
$$;

-- Only the roles granted it (`ConsentStore::grant_app_role`) may call it, besides the owner.
REVOKE ALL ON FUNCTION privacy_notice_purge(TEXT, BIGINT, TEXT) FROM PUBLIC;
