using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <summary>
    /// Fewer cells a fulfilment report reads. The recurring cells are kept summed over lead agencies
    /// too (lead agency '', which no agency's id is), as they already were over partner provinces
    /// (partner ''): a report without an agency, which summed every agency's cells of its periods
    /// (921 for Gia Lai's 2026 on the national dataset, 340 at the tenth), reads the sums (about 80 at
    /// any scale). The dated cells' key puts the class before the lead agency, so that the firm open
    /// cells (class 8) of a run of days, which a report reads apart from the others, are read alone
    /// instead of among every class's. Both tables are rewritten in the new key's order.
    /// </summary>
    public partial class FulfilmentCellsOverAgencies : Migration
    {
        // The dated cells' key, in the fold's columns and in the table's.
        private static readonly (string Columns, string Values) ClassFirst = (
            "home_province_code, partner_province_code, grain, period, class, lead_agency_id, key_task",
            "m.home_province_code, p.partner, g.grain, g.period, m.class, m.lead_agency_id, m.key_task");
        private static readonly (string Columns, string Values) AgencyFirst = (
            "home_province_code, partner_province_code, grain, period, lead_agency_id, key_task, class",
            "m.home_province_code, p.partner, g.grain, g.period, m.lead_agency_id, m.key_task, m.class");

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO registry.fulfilment_recurring_cells (home_province_code, partner_province_code, grain, period, lead_agency_id, rule, kind, n, latest)
                SELECT home_province_code, partner_province_code, grain, period, '', rule, kind, sum(n), max(latest)
                FROM registry.fulfilment_recurring_cells
                GROUP BY home_province_code, partner_province_code, grain, period, rule, kind
                ORDER BY 1, 2, 3, 4, 6, 7;
                """);
            migrationBuilder.Sql(Key(ClassFirst.Columns));
            // The fold writes each recurring cell's sum over lead agencies too ('').
            migrationBuilder.Sql(Fold(ClassFirst, "a.agency", ", LATERAL (SELECT '' UNION SELECT m.lead_agency_id) a(agency)"));
            Cluster(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DELETE FROM registry.fulfilment_recurring_cells WHERE lead_agency_id = '';
                """);
            migrationBuilder.Sql(Key(AgencyFirst.Columns));
            migrationBuilder.Sql(Fold(AgencyFirst, "m.lead_agency_id", ""));
            Cluster(migrationBuilder);
        }

        private static string Key(string columns) =>
            $"ALTER TABLE registry.fulfilment_due_cells DROP CONSTRAINT pk_fulfilment_due_cells, ADD CONSTRAINT pk_fulfilment_due_cells PRIMARY KEY ({columns});";

        // Both cells tables rewritten in their key's order (the fold inserts new cells in it), as migration FulfilmentCellsInKeyOrder did.
        private static void Cluster(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "registry.fulfilment_due_cells", "registry.fulfilment_recurring_cells" })
                migrationBuilder.Sql($"CLUSTER {table} USING pk_{table["registry.".Length..]}; ANALYZE {table};");
        }

        // registry.fulfilment_fold() of migration FulfilmentCellsInKeyOrder, with the dated cells' columns in
        // their key's order and the recurring cells' lead agency as given.
        private static string Fold((string Columns, string Values) dueKey, string recurringAgency, string agencies) => $$"""
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
                    INSERT INTO registry.fulfilment_due_cells AS cell ({{dueKey.Columns}}, n)
                    SELECT {{dueKey.Values}}, sum(m.n)
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
                    SELECT m.home_province_code, p.partner, g.grain, g.period, {{recurringAgency}}, m.rule, m.kind, sum(m.n), max(m.latest)
                    FROM moved m,
                        LATERAL (SELECT '' UNION SELECT unnest(m.partner_province_codes)) p(partner),
                        -- Starts and ends are summed from the first period on: by year as well, so a report reads few cells.
                        LATERAL (SELECT 'p'::"char", m.period UNION ALL SELECT 'y', date_trunc('year', m.period)::date WHERE m.kind IN (1, 2)) g(grain, period){{agencies}}
                    GROUP BY 1, 2, 3, 4, 5, 6, 7
                    ORDER BY 1, 2, 3, 4, 5, 6, 7
                    ON CONFLICT ON CONSTRAINT pk_fulfilment_recurring_cells DO UPDATE SET n = cell.n + excluded.n, latest = greatest(cell.latest, excluded.latest)
                    RETURNING 1)
                SELECT (SELECT count(*) FROM moved) INTO recurring FROM (SELECT count(*) FROM added) a;
                RETURN due + recurring;
            END $$;
            """;
    }
}
