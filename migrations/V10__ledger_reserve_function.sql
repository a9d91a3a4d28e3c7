-- A reservation in one round trip, recorded in one append-only row.
--
-- V3 recorded a reservation as a request row, a job row per machine platform and a decision row
-- per platform (3+ rows, 5 index entries). Nothing has been released yet, so this migration
-- rewrites that audit compactly: ONE row per request carries the request (machine platforms,
-- their families and jobs), the shift and the decision per platform (parallel arrays in platform
-- order). It is still only ever inserted; ledger_bucket.used stays the only counter that changes.
DROP TABLE ledger_decision;
DROP TABLE ledger_reservation_job;
DROP INDEX ledger_reservation_shift;

ALTER TABLE ledger_reservation
    ADD COLUMN machine_platforms TEXT[]    NOT NULL,
    ADD COLUMN machine_families  TEXT[]    NOT NULL,
    ADD COLUMN machine_jobs      INTEGER[] NOT NULL,
    ADD COLUMN platforms         TEXT[]    NOT NULL,
    ADD COLUMN needed            INTEGER[] NOT NULL,
    ADD COLUMN caps              INTEGER[] NOT NULL,
    ADD COLUMN left_before       INTEGER[] NOT NULL,
    ADD COLUMN granted           BOOLEAN   NOT NULL,
    ADD CONSTRAINT ledger_reservation_platform_arrays CHECK (
        cardinality(needed) = cardinality(platforms) AND cardinality(caps) = cardinality(platforms)
        AND cardinality(left_before) = cardinality(platforms)
        AND cardinality(machine_families) = cardinality(machine_platforms)
        AND cardinality(machine_jobs) = cardinality(machine_platforms));

-- Usage reports read one shift. Rows are appended in time order, so a BRIN index on the request
-- time finds a shift's pages at almost no cost per insert (a btree on shift_start cost one more
-- index entry per reservation). The report filters on requested_at within the shift window.
CREATE INDEX ledger_reservation_requested_at ON ledger_reservation USING brin (requested_at);

-- The caller (PostgresQuotaLedger) owns the rules that need configuration: it maps machine
-- platforms to families, computes each family's need, its cap and the shift occurrence. This
-- function owns only what must be atomic: count the jobs when every platform fits (all or
-- nothing), claim the idempotency key and write the audit row, in the caller's single
-- autocommitted statement, so a bucket row stays locked only inside the server.
--
-- A platform fits when  needed <= greatest(0, cap - used), the same expression as
-- PlatformNeed.fits() on QuotaDecision.judge's numbers; the Java side rebuilds a QuotaDecision
-- and refuses to answer if the two ever disagree.
--
-- Order of locks: bucket rows first, always in platform order, then the idempotency key. Counting
-- before claiming the key keeps the common case to one update and one insert; a retry whose key
-- exists (a double click, waiting here for the first call's commit) gives its count back before
-- anyone can see it (the rows stay locked by this transaction) and reports the replay. Buckets are
-- created beforehand by the caller; a missing one raises SQLSTATE 'LDG01' (everything is rolled
-- back) and the caller retries.
--
-- Returns one row: the reservation's id, whether this call recorded it (false: the key was
-- recorded before, and the caller reads that first answer), the verdict and what was left of each
-- platform's cap before it, in the order of p_platforms (which the caller sorts).
CREATE FUNCTION ledger_reserve(
    p_key               TEXT,
    p_actor_platform    TEXT,
    p_actor_user_id     TEXT,
    p_actor_name        TEXT,
    p_summary_id        BIGINT,
    p_purpose           TEXT,
    p_dry_run           BOOLEAN,
    p_shift_name        TEXT,
    p_shift_start       TIMESTAMPTZ,
    p_shift_end         TIMESTAMPTZ,
    p_now               TIMESTAMPTZ,
    p_machine_platforms TEXT[],
    p_machine_families  TEXT[],
    p_machine_jobs      INTEGER[],
    p_platforms         TEXT[],
    p_needed            INTEGER[],
    p_caps              INTEGER[])
RETURNS TABLE (o_id BIGINT, o_recorded BOOLEAN, o_granted BOOLEAN, o_left_before INTEGER[])
LANGUAGE plpgsql
AS $$
DECLARE
    v_count   INTEGER := cardinality(p_platforms);
    v_left    INTEGER[] := '{}';
    v_used    INTEGER;
    v_granted BOOLEAN := NOT p_dry_run;
    v_counted BOOLEAN;
    v_bucket  RECORD;
    v_locked  INTEGER := 0;
    v_id      BIGINT;
BEGIN
    -- Platform order (byte order, COLLATE "C", whatever the database's default collation; the
    -- caller sorts the same way) is the lock order: checked, not trusted.
    FOR i IN 2 .. v_count LOOP
        IF p_platforms[i - 1] COLLATE "C" >= p_platforms[i] COLLATE "C" THEN
            RAISE EXCEPTION 'ledger_reserve needs distinct platforms in ascending order: %',
                p_platforms;
        END IF;
    END LOOP;

    -- Fast path: one conditional update per bucket, in platform order. When one does not fit,
    -- the buckets already counted are given back (their rows stay locked by this transaction,
    -- so nobody ever sees the partial count) and the slow path decides on locked rows.
    IF v_granted THEN
        FOR i IN 1 .. v_count LOOP
            UPDATE ledger_bucket b SET used = b.used + p_needed[i]
             WHERE b.shift_start = p_shift_start AND b.platform = p_platforms[i]
               AND p_needed[i] <= greatest(0, p_caps[i] - b.used)
            RETURNING b.used - p_needed[i] INTO v_used;
            IF NOT FOUND THEN
                FOR j IN 1 .. i - 1 LOOP
                    UPDATE ledger_bucket b SET used = b.used - p_needed[j]
                     WHERE b.shift_start = p_shift_start AND b.platform = p_platforms[j];
                END LOOP;
                v_granted := false;
                EXIT;
            END IF;
            v_left[i] := greatest(0, p_caps[i] - v_used);
        END LOOP;
    END IF;
    v_counted := v_granted;

    -- Slow path (a platform did not fit, or a dry run): lock every bucket in platform order and
    -- decide on what is really used now. The refusal's numbers are then true at one moment, and
    -- a refund that landed since the failed update is not missed.
    IF NOT v_granted THEN
        FOR v_bucket IN
            SELECT b.platform, b.used FROM ledger_bucket b
             WHERE b.shift_start = p_shift_start AND b.platform = ANY (p_platforms)
             ORDER BY b.platform COLLATE "C"
               FOR UPDATE
        LOOP
            v_locked := v_locked + 1;
            v_left[array_position(p_platforms, v_bucket.platform)] :=
                greatest(0, p_caps[array_position(p_platforms, v_bucket.platform)] - v_bucket.used);
        END LOOP;
        IF v_locked < v_count THEN
            RAISE EXCEPTION 'a quota bucket of shift % is missing', p_shift_start
                USING ERRCODE = 'LDG01';
        END IF;
        v_granted := true;
        FOR i IN 1 .. v_count LOOP
            v_granted := v_granted AND p_needed[i] <= v_left[i];
        END LOOP;
        IF v_granted AND NOT p_dry_run THEN
            UPDATE ledger_bucket b SET used = b.used + x.n
              FROM unnest(p_platforms, p_needed) AS x(p, n)
             WHERE b.shift_start = p_shift_start AND b.platform = x.p;
            v_counted := true;
        END IF;
    END IF;

    -- Claim the key with the whole record. A concurrent claim of the same key waits here for the
    -- first transaction; once that committed, this one records nothing.
    INSERT INTO ledger_reservation (idempotency_key, actor_platform, actor_user_id, actor_name,
        summary_id, purpose, dry_run, shift_name, shift_start, shift_end, requested_at,
        machine_platforms, machine_families, machine_jobs, platforms, needed, caps, left_before,
        granted)
    VALUES (p_key, p_actor_platform, p_actor_user_id, p_actor_name, p_summary_id, p_purpose,
        p_dry_run, p_shift_name, p_shift_start, p_shift_end, p_now,
        p_machine_platforms, p_machine_families, p_machine_jobs, p_platforms, p_needed, p_caps,
        v_left, v_granted)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;

    IF v_id IS NULL THEN
        IF v_counted THEN
            UPDATE ledger_bucket b SET used = b.used - x.n
              FROM unnest(p_platforms, p_needed) AS x(p, n)
             WHERE b.shift_start = p_shift_start AND b.platform = x.p;
        END IF;
        RETURN QUERY SELECT r.id, false, r.granted, r.left_before
                       FROM ledger_reservation r WHERE r.idempotency_key = p_key;
        RETURN;
    END IF;

    RETURN QUERY SELECT v_id, true, v_granted, v_left;
END;
$$;
