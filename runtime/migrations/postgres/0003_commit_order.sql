-- Records take their `seq` in commit order (audit N4). A `BIGSERIAL` is drawn at INSERT and a row becomes visible
-- at COMMIT, so without this a transaction could hold seq N while N+1 commits, and a reader paging by seq would
-- pass N for good. Every statement inserting records first takes this transaction-level lock, held until its
-- transaction ends — which PostgreSQL does after the commit is visible to others —, so the next writer draws
-- its seq only then. Writers of records are serialised, as SQLite serialises every writer; a transaction kept
-- open after inserting a record makes the next ones wait.
CREATE FUNCTION privacy_notice_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1886546294, 1869767794);
    RETURN NULL;
END;
$$;
CREATE TRIGGER consent_records_commit_order BEFORE INSERT ON consent_records
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_commit_order();
