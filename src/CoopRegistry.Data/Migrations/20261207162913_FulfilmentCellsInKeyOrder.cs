using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// The report's cells in the order of their key. The fold inserted each batch in the order its hash
    /// aggregate left them, so a year's report for one province, a few hundred cells by the key's
    /// prefix, read a heap page a cell: 866 pages for 921 recurring cells and 1,093 for 1,097 dated
    /// ones on the national dataset, three times the tenth's, which is what made the report's cost grow
    /// with the data. Rewritten here in key order (CLUSTER, which also marks the key as the tables'
    /// clustering index for a later plain CLUSTER), with room left on each page so that a fold adding
    /// to a cell updates it in place (HOT: n and latest are in no index); the fold now inserts new cells
    /// in key order too. Cells created long after this scatter again, slowly: see docs/runbook.md.
    /// </summary>
    public partial class FulfilmentCellsInKeyOrder : Migration
    {
        private static readonly string[] Cells = ["registry.fulfilment_due_cells", "registry.fulfilment_recurring_cells"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION registry.fulfilment_fold() RETURNS integer
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
                        ORDER BY 1, 2, 3, 4, 5, 6, 7
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
                        ORDER BY 1, 2, 3, 4, 5, 6, 7
                        ON CONFLICT ON CONSTRAINT pk_fulfilment_recurring_cells DO UPDATE SET n = cell.n + excluded.n, latest = greatest(cell.latest, excluded.latest)
                        RETURNING 1)
                    SELECT (SELECT count(*) FROM moved) INTO recurring FROM (SELECT count(*) FROM added) a;
                    RETURN due + recurring;
                END $$;
                """);
            foreach (var table in Cells)
            {
                var key = "pk_" + table["registry.".Length..];
                migrationBuilder.Sql($"ALTER TABLE {table} SET (fillfactor = 80); CLUSTER {table} USING {key}; ANALYZE {table};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The fold keeps inserting in key order (no count depends on it) and the tables their order.
            foreach (var table in Cells)
                migrationBuilder.Sql($"ALTER TABLE {table} RESET (fillfactor); ALTER TABLE {table} SET WITHOUT CLUSTER;");
        }
    }
}
