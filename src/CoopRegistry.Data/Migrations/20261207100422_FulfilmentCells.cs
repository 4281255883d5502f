using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// The fulfilment report's counts, kept by triggers on commitments and progress reports so that a
    /// report over a province reads cells bounded by the calendar instead of every commitment
    /// (FulfilmentSummary), and filled from the rows already there.
    /// </summary>
    public partial class FulfilmentCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The SQL as written with this migration, kept as it was: a later change is a new migration.
            migrationBuilder.Sql("""
                -- Counts the fulfilment report reads instead of a province's rows (docs/performance.md, "Cost growth").
                -- Writers append changes (no row another writer waits on); registry.fulfilment_fold() moves them
                -- into the cells, one fold at a time; a report reads cells and pending changes in one statement.
                CREATE TABLE registry.fulfilment_due_cells (
                    home_province_code text NOT NULL,
                    partner_province_code text NOT NULL,
                    grain "char" NOT NULL,
                    period date NOT NULL,
                    lead_agency_id text NOT NULL,
                    key_task boolean NOT NULL,
                    class smallint NOT NULL,
                    n integer NOT NULL,
                    CONSTRAINT pk_fulfilment_due_cells PRIMARY KEY (home_province_code, partner_province_code, grain, period, lead_agency_id, key_task, class));
                CREATE TABLE registry.fulfilment_due_changes (
                    id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_fulfilment_due_changes PRIMARY KEY,
                    home_province_code text NOT NULL,
                    partner_province_codes text[] NOT NULL,
                    lead_agency_id text NOT NULL,
                    key_task boolean NOT NULL,
                    due_date date NOT NULL,
                    class smallint NOT NULL,
                    n integer NOT NULL);
                CREATE TABLE registry.fulfilment_recurring_cells (
                    home_province_code text NOT NULL,
                    partner_province_code text NOT NULL,
                    grain "char" NOT NULL,
                    period date NOT NULL,
                    lead_agency_id text NOT NULL,
                    rule jsonb NOT NULL,
                    kind smallint NOT NULL,
                    n integer NOT NULL,
                    latest timestamptz,
                    CONSTRAINT pk_fulfilment_recurring_cells PRIMARY KEY (home_province_code, partner_province_code, grain, period, lead_agency_id, rule, kind));
                CREATE TABLE registry.fulfilment_recurring_changes (
                    id bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_fulfilment_recurring_changes PRIMARY KEY,
                    home_province_code text NOT NULL,
                    partner_province_codes text[] NOT NULL,
                    lead_agency_id text NOT NULL,
                    rule jsonb NOT NULL,
                    period date NOT NULL,
                    kind smallint NOT NULL,
                    n integer NOT NULL,
                    latest timestamptz);
                REVOKE ALL ON registry.fulfilment_due_cells, registry.fulfilment_due_changes,
                    registry.fulfilment_recurring_cells, registry.fulfilment_recurring_changes FROM coopregistry_app;
                GRANT SELECT ON registry.fulfilment_due_cells, registry.fulfilment_due_changes,
                    registry.fulfilment_recurring_cells, registry.fulfilment_recurring_changes TO coopregistry_app;

                -- The bucket a dated, non-recurring commitment counts in whatever the instant (FulfilmentQuery.Buckets),
                -- 8 when open with a firm deadline (overdue from 00:00 local the day after its due date: overdue or not
                -- yet due by the report's day), 9 when open and overdue from any other instant (the report reads rows);
                -- null when it counts in no report.
                CREATE FUNCTION registry.fulfilment_class(c registry.commitments) RETURNS smallint
                LANGUAGE sql STABLE AS $$
                    SELECT CASE
                        WHEN c.delete_time IS NOT NULL OR c.recurring OR c.due_date IS NULL THEN NULL
                        WHEN c.lifecycle = 'Cancelled' THEN 6
                        WHEN c.lifecycle = 'Waived' THEN 7
                        WHEN c.lifecycle = 'Done' THEN CASE WHEN c.overdue_from IS NOT NULL AND c.completed_date > c.due_date THEN 2 ELSE 1 END
                        WHEN c.overdue_from IS NULL THEN 5
                        WHEN c.overdue_from = (c.due_date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' THEN 8
                        ELSE 9
                    END::smallint
                $$;

                -- A recurring deadline's rule: its JSON without the words.
                CREATE FUNCTION registry.fulfilment_rule(deadline jsonb) RETURNS jsonb
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT CASE WHEN deadline->>'form' IN ('monthly', 'annual') THEN deadline - 'text' END
                $$;

                -- The first day of the period a day falls in (Deadline.Recurring.PeriodOf).
                CREATE FUNCTION registry.fulfilment_period(rule jsonb, day date) RETURNS date
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT CASE WHEN rule->>'form' = 'annual' THEN date_trunc('year', day)::date ELSE date_trunc('month', day)::date END
                $$;

                -- When a period's occurrence is overdue: 00:00 local the day after its last on-time day (Monthly.For, Annual).
                CREATE FUNCTION registry.fulfilment_overdue_from(rule jsonb, period date) RETURNS timestamptz
                LANGUAGE sql STABLE AS $$
                    SELECT (1 + CASE
                        WHEN rule->>'form' = 'annual' THEN make_date(extract(year FROM period)::int, 12, 31)
                        WHEN rule->>'rule' = 'before_day' THEN period + least((rule->>'day')::int, extract(day FROM period + interval '1 month' - interval '1 day')::int) - 2
                        WHEN rule->>'rule' = 'on_or_before_day' THEN period + least((rule->>'day')::int, extract(day FROM period + interval '1 month' - interval '1 day')::int) - 1
                        ELSE (period + interval '1 month' - interval '1 day')::date
                    END)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
                $$;

                -- What a recurring commitment adds to the report's months (Occurrences.Of), with the progress reports
                -- other than those numbered in skip. Open: 1 at its first period, 2 at the period after its end date's,
                -- 3 and 4 for each period within them a report covers (first report before the period's overdue
                -- instant: met; after: met late); the report judges the periods no report covers by its own clock.
                -- Closed: its periods up to the closing, 5 met, 6 met late, 7 missed, 8 pending, as its clock stopped.
                -- latest: the last instant it depends on (a report, the closing); a report made before it reads rows.
                CREATE FUNCTION registry.fulfilment_recurring_contribution(c registry.commitments, skip integer[])
                RETURNS TABLE (rule jsonb, period date, kind smallint, n integer, latest timestamptz)
                LANGUAGE sql STABLE AS $$
                    WITH facts AS (
                        SELECT registry.fulfilment_rule(c.deadline) AS rule,
                            CASE WHEN c.lifecycle = 'Open' THEN NULL
                                 WHEN c.lifecycle = 'Done' THEN coalesce(c.completion_decision_time, c.closed_time)
                                 ELSE c.closed_time END AS closed_at
                        WHERE c.recurring AND c.delete_time IS NULL
                    ), reports AS (
                        SELECT r.period_start, r.period_end, r.report_time FROM registry.progress_reports r
                        WHERE r.commitment_id = c.id AND NOT (r.number = ANY (skip))
                    ), bounds AS (
                        SELECT f.rule, f.closed_at,
                            registry.fulfilment_period(f.rule, c.start_date) AS first,
                            least(registry.fulfilment_period(f.rule, c.end_date),
                                  registry.fulfilment_period(f.rule, (f.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)) AS last,
                            CASE WHEN f.rule->>'form' = 'annual' THEN interval '1 year' ELSE interval '1 month' END AS step,
                            greatest(f.closed_at, (SELECT max(report_time) FROM reports)) AS latest
                        FROM facts f WHERE f.rule IS NOT NULL
                    ), covered AS (
                        SELECT p::date AS period, min(r.report_time) AS first_report
                        FROM bounds b, reports r,
                            generate_series(greatest(registry.fulfilment_period(b.rule, r.period_start), b.first),
                                            least(registry.fulfilment_period(b.rule, r.period_end), b.last), b.step) p
                        GROUP BY 1
                    ), closed AS (
                        SELECT p::date AS period FROM bounds b, generate_series(b.first, b.last, b.step) p WHERE b.closed_at IS NOT NULL
                    )
                    SELECT b.rule, b.first, 1::smallint, 1, b.latest FROM bounds b
                    WHERE b.closed_at IS NULL AND b.first <= coalesce(b.last, b.first)
                    UNION ALL
                    SELECT b.rule, (b.last + b.step)::date, 2::smallint, 1, b.latest FROM bounds b
                    WHERE b.closed_at IS NULL AND b.first <= b.last
                    UNION ALL
                    SELECT b.rule, v.period,
                        CASE WHEN v.first_report < registry.fulfilment_overdue_from(b.rule, v.period) THEN 3 ELSE 4 END::smallint, 1, b.latest
                    FROM bounds b, covered v WHERE b.closed_at IS NULL
                    UNION ALL
                    SELECT b.rule, d.period,
                        CASE WHEN v.first_report < registry.fulfilment_overdue_from(b.rule, d.period) THEN 5
                             WHEN v.first_report IS NOT NULL THEN 6
                             WHEN b.closed_at >= registry.fulfilment_overdue_from(b.rule, d.period) THEN 7
                             ELSE 8 END::smallint, 1, b.latest
                    FROM bounds b JOIN closed d ON true LEFT JOIN covered v ON v.period = d.period
                $$;


                -- The triggers append what a statement changed: the rows it removed or replaced counted out, those it added in.
                CREATE FUNCTION registry.fulfilment_commitments_inserted() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                BEGIN
                    INSERT INTO registry.fulfilment_due_changes (home_province_code, partner_province_codes, lead_agency_id, key_task, due_date, class, n)
                    SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, c.key_task, c.due_date, registry.fulfilment_class(c::registry.commitments), count(*)
                    FROM came c WHERE registry.fulfilment_class(c::registry.commitments) IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5, 6;
                    IF EXISTS (SELECT FROM came WHERE recurring) THEN
                        INSERT INTO registry.fulfilment_recurring_changes (home_province_code, partner_province_codes, lead_agency_id, rule, period, kind, n, latest)
                        SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, k.rule, k.period, k.kind, sum(k.n), max(k.latest)
                        FROM came c, registry.fulfilment_recurring_contribution(c::registry.commitments, '{}') k WHERE c.recurring
                        GROUP BY 1, 2, 3, 4, 5, 6;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION registry.fulfilment_commitments_updated() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                BEGIN
                    -- Most updates move no figure (a progress report's counters, an edited text): nothing to append.
                    IF (SELECT count(*) FROM gone) = (SELECT count(*) FROM gone g JOIN came c ON c.id = g.id
                        AND (g.home_province_code, g.partner_province_codes, g.lead_agency_id, g.key_task, g.recurring, g.deadline, g.due_date,
                             g.overdue_from, g.start_date, g.end_date, g.lifecycle, g.completed_date, g.closed_time, g.completion_decision_time, g.delete_time)
                        IS NOT DISTINCT FROM (c.home_province_code, c.partner_province_codes, c.lead_agency_id, c.key_task, c.recurring, c.deadline, c.due_date,
                             c.overdue_from, c.start_date, c.end_date, c.lifecycle, c.completed_date, c.closed_time, c.completion_decision_time, c.delete_time)) THEN
                        RETURN NULL;
                    END IF;
                    INSERT INTO registry.fulfilment_due_changes (home_province_code, partner_province_codes, lead_agency_id, key_task, due_date, class, n)
                    SELECT x.home_province_code, x.partner_province_codes, x.lead_agency_id, x.key_task, x.due_date, x.class, sum(x.n)
                    FROM (SELECT g.home_province_code, g.partner_province_codes, g.lead_agency_id, g.key_task, g.due_date, registry.fulfilment_class(g::registry.commitments) AS class, -1 AS n FROM gone g
                          UNION ALL
                          SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, c.key_task, c.due_date, registry.fulfilment_class(c::registry.commitments), 1 FROM came c) x
                    WHERE x.class IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n) <> 0;
                    IF EXISTS (SELECT FROM gone WHERE recurring) OR EXISTS (SELECT FROM came WHERE recurring) THEN
                        INSERT INTO registry.fulfilment_recurring_changes (home_province_code, partner_province_codes, lead_agency_id, rule, period, kind, n, latest)
                        SELECT (x.c).home_province_code, (x.c).partner_province_codes, (x.c).lead_agency_id, k.rule, k.period, k.kind, sum(x.n * k.n), max(k.latest)
                        FROM (SELECT g::registry.commitments, -1 FROM gone g WHERE g.recurring
                              UNION ALL SELECT c::registry.commitments, 1 FROM came c WHERE c.recurring) x(c, n),
                            registry.fulfilment_recurring_contribution(x.c, '{}') k
                        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.n * k.n) <> 0;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION registry.fulfilment_commitments_deleted() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                BEGIN
                    INSERT INTO registry.fulfilment_due_changes (home_province_code, partner_province_codes, lead_agency_id, key_task, due_date, class, n)
                    SELECT g.home_province_code, g.partner_province_codes, g.lead_agency_id, g.key_task, g.due_date, registry.fulfilment_class(g::registry.commitments), -count(*)
                    FROM gone g WHERE registry.fulfilment_class(g::registry.commitments) IS NOT NULL
                    GROUP BY 1, 2, 3, 4, 5, 6;
                    INSERT INTO registry.fulfilment_recurring_changes (home_province_code, partner_province_codes, lead_agency_id, rule, period, kind, n, latest)
                    SELECT g.home_province_code, g.partner_province_codes, g.lead_agency_id, k.rule, k.period, k.kind, -sum(k.n), max(k.latest)
                    FROM gone g, registry.fulfilment_recurring_contribution(g::registry.commitments, '{}') k WHERE g.recurring
                    GROUP BY 1, 2, 3, 4, 5, 6;
                    RETURN NULL;
                END $$;
                -- A progress report moves only its recurring commitment's periods: counted out without the added reports, in with them.
                CREATE FUNCTION registry.fulfilment_reports_inserted() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                BEGIN
                    INSERT INTO registry.fulfilment_recurring_changes (home_province_code, partner_province_codes, lead_agency_id, rule, period, kind, n, latest)
                    SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, k.rule, k.period, k.kind, sum(k.n), max(k.latest)
                    FROM (SELECT commitment_id, array_agg(number) AS numbers FROM came GROUP BY commitment_id) a
                    JOIN registry.commitments c ON c.id = a.commitment_id,
                    LATERAL (SELECT * FROM registry.fulfilment_recurring_contribution(c, '{}')
                             UNION ALL SELECT x.rule, x.period, x.kind, -x.n, x.latest FROM registry.fulfilment_recurring_contribution(c, a.numbers) x) k
                    WHERE c.recurring
                    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(k.n) <> 0;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER fulfilment_inserted AFTER INSERT ON registry.commitments
                    REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION registry.fulfilment_commitments_inserted();
                CREATE TRIGGER fulfilment_updated AFTER UPDATE ON registry.commitments
                    REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION registry.fulfilment_commitments_updated();
                CREATE TRIGGER fulfilment_deleted AFTER DELETE ON registry.commitments
                    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION registry.fulfilment_commitments_deleted();
                CREATE TRIGGER fulfilment_inserted AFTER INSERT ON registry.progress_reports
                    REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION registry.fulfilment_reports_inserted();

                -- Moves the pending changes into the cells (each change into its day, month and year, for every
                -- commitment and for each partner province); one fold at a time, a second caller returns at once.
                CREATE FUNCTION registry.fulfilment_fold() RETURNS integer
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
                DECLARE
                    due integer;
                    recurring integer;
                BEGIN
                    IF NOT pg_try_advisory_xact_lock('registry.fulfilment_due_cells'::regclass::oid::bigint) THEN
                        RETURN 0;
                    END IF;
                    WITH moved AS (DELETE FROM registry.fulfilment_due_changes RETURNING *),
                    added AS (
                        INSERT INTO registry.fulfilment_due_cells AS cell (home_province_code, partner_province_code, grain, period, lead_agency_id, key_task, class, n)
                        SELECT m.home_province_code, p.partner, g.grain, g.period, m.lead_agency_id, m.key_task, m.class, sum(m.n)
                        FROM moved m,
                            LATERAL (SELECT '' UNION SELECT unnest(m.partner_province_codes)) p(partner),
                            LATERAL (VALUES ('d'::"char", m.due_date), ('m', date_trunc('month', m.due_date)::date), ('y', date_trunc('year', m.due_date)::date)) g(grain, period)
                        GROUP BY 1, 2, 3, 4, 5, 6, 7
                        ON CONFLICT ON CONSTRAINT pk_fulfilment_due_cells DO UPDATE SET n = cell.n + excluded.n
                        RETURNING 1)
                    SELECT (SELECT count(*) FROM moved) INTO due FROM (SELECT count(*) FROM added) a;
                    WITH moved AS (DELETE FROM registry.fulfilment_recurring_changes RETURNING *),
                    added AS (
                        INSERT INTO registry.fulfilment_recurring_cells AS cell (home_province_code, partner_province_code, grain, period, lead_agency_id, rule, kind, n, latest)
                        SELECT m.home_province_code, p.partner, g.grain, g.period, m.lead_agency_id, m.rule, m.kind, sum(m.n), max(m.latest)
                        FROM moved m,
                            LATERAL (SELECT '' UNION SELECT unnest(m.partner_province_codes)) p(partner),
                            -- Starts and ends are summed from the first period on: by year as well, so a report reads few cells.
                            LATERAL (SELECT 'p'::"char", m.period UNION ALL SELECT 'y', date_trunc('year', m.period)::date WHERE m.kind IN (1, 2)) g(grain, period)
                        GROUP BY 1, 2, 3, 4, 5, 6, 7
                        ON CONFLICT ON CONSTRAINT pk_fulfilment_recurring_cells DO UPDATE SET n = cell.n + excluded.n, latest = greatest(cell.latest, excluded.latest)
                        RETURNING 1)
                    SELECT (SELECT count(*) FROM moved) INTO recurring FROM (SELECT count(*) FROM added) a;
                    RETURN due + recurring;
                END $$;
                REVOKE ALL ON FUNCTION registry.fulfilment_fold() FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION registry.fulfilment_fold() TO coopregistry_app;

                -- The cells of the rows already there.
                INSERT INTO registry.fulfilment_due_changes (home_province_code, partner_province_codes, lead_agency_id, key_task, due_date, class, n)
                SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, c.key_task, c.due_date, registry.fulfilment_class(c), count(*)
                FROM registry.commitments c WHERE registry.fulfilment_class(c) IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5, 6;
                INSERT INTO registry.fulfilment_recurring_changes (home_province_code, partner_province_codes, lead_agency_id, rule, period, kind, n, latest)
                SELECT c.home_province_code, c.partner_province_codes, c.lead_agency_id, k.rule, k.period, k.kind, sum(k.n), max(k.latest)
                FROM registry.commitments c, registry.fulfilment_recurring_contribution(c, '{}') k WHERE c.recurring
                GROUP BY 1, 2, 3, 4, 5, 6;
                SELECT registry.fulfilment_fold();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER fulfilment_inserted ON registry.progress_reports;
                DROP TRIGGER fulfilment_inserted ON registry.commitments;
                DROP TRIGGER fulfilment_updated ON registry.commitments;
                DROP TRIGGER fulfilment_deleted ON registry.commitments;
                DROP FUNCTION registry.fulfilment_fold();
                DROP FUNCTION registry.fulfilment_reports_inserted();
                DROP FUNCTION registry.fulfilment_commitments_inserted();
                DROP FUNCTION registry.fulfilment_commitments_updated();
                DROP FUNCTION registry.fulfilment_commitments_deleted();
                DROP FUNCTION registry.fulfilment_recurring_contribution(registry.commitments, integer[]);
                DROP FUNCTION registry.fulfilment_overdue_from(jsonb, date);
                DROP FUNCTION registry.fulfilment_period(jsonb, date);
                DROP FUNCTION registry.fulfilment_rule(jsonb);
                DROP FUNCTION registry.fulfilment_class(registry.commitments);
                DROP TABLE registry.fulfilment_recurring_changes;
                DROP TABLE registry.fulfilment_recurring_cells;
                DROP TABLE registry.fulfilment_due_changes;
                DROP TABLE registry.fulfilment_due_cells;
                """);
        }
    }
}
