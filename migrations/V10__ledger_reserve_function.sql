-- A reservation in one round trip. Until now a reservation held its bucket row locks across
-- several round trips (claim, lock, decide in Java, record, count, commit); here the whole
-- reservation runs inside the server, in the caller's single autocommitted statement, so a bucket
-- row stays locked only from its conditional UPDATE to the commit right after.
--
-- The caller (PostgresQuotaLedger) owns the rules that need configuration: it maps machine
-- platforms to families, computes each family's need, its cap and the shift occurrence. This
-- function owns only what must be atomic: claim the idempotency key, count the jobs when every
-- platform fits (all or nothing), and write the append-only audit rows.
--
-- A platform fits when  needed <= greatest(0, cap - used), the same expression as
-- PlatformNeed.fits() on QuotaDecision.judge's numbers; the Java side rebuilds a QuotaDecision
-- from the returned rows and refuses to answer if the two ever disagree.
--
-- Bucket rows are always locked in platform order (the fast path updates them in that order, the
-- slow path locks the rest in that order while holding a prefix of it), so concurrent
-- reservations never wait on each other in a cycle. Buckets are created beforehand by the caller;
-- a missing one raises SQLSTATE 'LDG01' (everything is rolled back) and the caller retries.
--
-- Returns one row per platform of the reservation (one row with a null platform when it asked
-- for none): the reservation as first recorded, so a retry with the same key gets the first answer.
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
RETURNS TABLE (
    o_reservation_id BIGINT,
    o_dry_run        BOOLEAN,
    o_shift_name     TEXT,
    o_shift_start    TIMESTAMPTZ,
    o_shift_end      TIMESTAMPTZ,
    o_platform       TEXT,
    o_needed         INTEGER,
    o_cap            INTEGER,
    o_left_before    INTEGER,
    o_granted        BOOLEAN)
LANGUAGE plpgsql
AS $$
DECLARE
    v_id        BIGINT;
    v_platforms TEXT[];
    v_needed    INTEGER[];
    v_caps      INTEGER[];
    v_left      INTEGER[] := '{}';
    v_count     INTEGER;
    v_used      INTEGER;
    v_granted   BOOLEAN := NOT p_dry_run;
    v_bucket    RECORD;
    v_locked    INTEGER := 0;
BEGIN
    -- Claim the key. A concurrent claim of the same key waits here for the first transaction;
    -- once it committed, this one records nothing and answers what the first recorded.
    INSERT INTO ledger_reservation (idempotency_key, actor_platform, actor_user_id, actor_name,
        summary_id, purpose, dry_run, shift_name, shift_start, shift_end, requested_at)
    VALUES (p_key, p_actor_platform, p_actor_user_id, p_actor_name, p_summary_id, p_purpose,
        p_dry_run, p_shift_name, p_shift_start, p_shift_end, p_now)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id INTO v_id;

    IF v_id IS NULL THEN
        RETURN QUERY
            SELECT r.id, r.dry_run, r.shift_name, r.shift_start, r.shift_end,
                   d.platform, d.needed, d.cap, d.left_before, d.granted
              FROM ledger_reservation r
              LEFT JOIN ledger_decision d ON d.reservation_id = r.id
             WHERE r.idempotency_key = p_key
             ORDER BY d.platform;
        RETURN;
    END IF;

    INSERT INTO ledger_reservation_job (reservation_id, machine_platform, platform, jobs)
    SELECT v_id, m, f, n
      FROM unnest(p_machine_platforms, p_machine_families, p_machine_jobs) AS x(m, f, n);

    -- Platform order is the lock order; it is not left to the caller.
    SELECT coalesce(array_agg(p ORDER BY p), '{}'), coalesce(array_agg(n ORDER BY p), '{}'),
           coalesce(array_agg(c ORDER BY p), '{}')
      INTO v_platforms, v_needed, v_caps
      FROM unnest(p_platforms, p_needed, p_caps) AS x(p, n, c);
    v_count := cardinality(v_platforms);

    -- Fast path: one conditional update per bucket, in platform order. When one does not fit,
    -- the buckets already counted are given back (their rows stay locked by this transaction,
    -- so nobody ever sees the partial count) and the slow path decides on locked rows.
    IF v_granted THEN
        FOR i IN 1 .. v_count LOOP
            UPDATE ledger_bucket b SET used = b.used + v_needed[i]
             WHERE b.shift_start = p_shift_start AND b.platform = v_platforms[i]
               AND v_needed[i] <= greatest(0, v_caps[i] - b.used)
            RETURNING b.used - v_needed[i] INTO v_used;
            IF NOT FOUND THEN
                FOR j IN 1 .. i - 1 LOOP
                    UPDATE ledger_bucket b SET used = b.used - v_needed[j]
                     WHERE b.shift_start = p_shift_start AND b.platform = v_platforms[j];
                END LOOP;
                v_granted := false;
                EXIT;
            END IF;
            v_left[i] := greatest(0, v_caps[i] - v_used);
        END LOOP;
    END IF;

    -- Slow path (a platform did not fit, or a dry run): lock every bucket in platform order and
    -- decide on what is really used now. The refusal's numbers are then true at one moment, and
    -- a refund that landed since the failed update is not missed.
    IF NOT v_granted THEN
        FOR v_bucket IN
            SELECT b.platform, b.used FROM ledger_bucket b
             WHERE b.shift_start = p_shift_start AND b.platform = ANY (v_platforms)
             ORDER BY b.platform
               FOR UPDATE
        LOOP
            v_locked := v_locked + 1;
            v_left[array_position(v_platforms, v_bucket.platform)] :=
                greatest(0, v_caps[array_position(v_platforms, v_bucket.platform)] - v_bucket.used);
        END LOOP;
        IF v_locked < v_count THEN
            RAISE EXCEPTION 'a quota bucket of shift % is missing', p_shift_start
                USING ERRCODE = 'LDG01';
        END IF;
        v_granted := true;
        FOR i IN 1 .. v_count LOOP
            v_granted := v_granted AND v_needed[i] <= v_left[i];
        END LOOP;
        IF v_granted AND NOT p_dry_run THEN
            UPDATE ledger_bucket b SET used = b.used + x.n
              FROM unnest(v_platforms, v_needed) AS x(p, n)
             WHERE b.shift_start = p_shift_start AND b.platform = x.p;
        END IF;
    END IF;

    INSERT INTO ledger_decision (reservation_id, platform, needed, cap, left_before, granted)
    SELECT v_id, p, n, c, l, v_granted
      FROM unnest(v_platforms, v_needed, v_caps, v_left) AS x(p, n, c, l);

    RETURN QUERY
        SELECT v_id, p_dry_run, p_shift_name, p_shift_start, p_shift_end, x.p, x.n, x.c, x.l,
               v_granted
          FROM (VALUES (1)) AS one
          LEFT JOIN unnest(v_platforms, v_needed, v_caps, v_left) AS x(p, n, c, l) ON true
         ORDER BY x.p;
END;
$$;
