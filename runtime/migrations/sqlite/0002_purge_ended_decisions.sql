-- A purge deletes only decisions that have ended (audit N3): a record is deleted only if the person's next
-- record on the same purpose — the withdrawal, or the decision that replaced it — was made before the cutoff
-- of a recorded purge, and the record itself too. A person's latest decision on a purpose has no next record:
-- it is in force (a grant nobody withdrew is the consent the controller relies on) and no purge deletes it.
DROP TRIGGER consent_records_no_delete;
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
    WHEN NOT EXISTS (
        SELECT 1 FROM retention_purges p
        WHERE p.form = OLD.form AND OLD.recorded_at < p.cutoff
          AND (SELECT n.recorded_at FROM consent_records n
               WHERE n.subject_id = OLD.subject_id AND n.form = OLD.form AND n.purpose = OLD.purpose
                 AND n.seq > OLD.seq
               ORDER BY n.seq LIMIT 1) < p.cutoff)
    BEGIN SELECT RAISE(ABORT, 'consent records are append-only: only a recorded retention purge deletes, and only a decision that ended before its cutoff'); END;
