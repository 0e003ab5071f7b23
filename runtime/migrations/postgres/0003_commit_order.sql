-- Pages never pass a record that commits later (audit N4). A `BIGSERIAL` is drawn at INSERT and a row becomes
-- visible at COMMIT, so a transaction could hold seq N while N+1 commits, and a reader paging by seq would pass
-- N for good. Every statement inserting records first takes this transaction-level advisory lock in SHARED mode,
-- before it draws any seq, and keeps it until its transaction ends: writers never wait for one another. A reader
-- (`ConsentStore::page`) takes the same lock in EXCLUSIVE mode before it reads, which waits until every
-- transaction that inserted records has ended — PostgreSQL releases locks after the commit is visible —, so
-- every seq drawn so far belongs to a transaction that is over, and a later one draws a larger seq.
CREATE FUNCTION privacy_notice_record_writer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(1886546294, 1869767794);
    RETURN NULL;
END;
$$;
CREATE TRIGGER consent_records_record_writer BEFORE INSERT ON consent_records
    FOR EACH STATEMENT EXECUTE FUNCTION privacy_notice_record_writer();
