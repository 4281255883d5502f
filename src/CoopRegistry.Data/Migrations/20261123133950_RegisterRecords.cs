using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopRegistry.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreements",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "vi-VN-x-icu"),
                    parties = table.Column<string>(type: "jsonb", nullable: false),
                    signatories = table.Column<string>(type: "jsonb", nullable: false),
                    signing_date = table.Column<DateOnly>(type: "date", nullable: true),
                    signing_place = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "vi-VN-x-icu"),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: true),
                    expiry_date = table.Column<DateOnly>(type: "date", nullable: true),
                    renewal = table.Column<string>(type: "jsonb", nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "vi-VN-x-icu"),
                    confidentiality = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    successor_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    consultation = table.Column<string>(type: "jsonb", nullable: true),
                    origin_event_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    directive_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    revision_count = table.Column<int>(type: "integer", nullable: false),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "registry.search_key(search_document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreements", x => x.id);
                    table.ForeignKey(
                        name: "fk_agreements_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "directives",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "vi-VN-x-icu"),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: true),
                    issuer_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    signer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi-VN-x-icu"),
                    signer_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi-VN-x-icu"),
                    subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi-VN-x-icu"),
                    number_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "registry.search_key(search_document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directives", x => x.id);
                    table.ForeignKey(
                        name: "fk_directives_agencies_issuer_id",
                        column: x => x.issuer_id,
                        principalSchema: "registry",
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_directives_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    parent_collection = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false, collation: "vi-VN-x-icu"),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    uri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_by_agency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi-VN-x-icu"),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    dates_tentative = table.Column<bool>(type: "boolean", nullable: false),
                    place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi-VN-x-icu"),
                    place_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    organiser_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    delegation = table.Column<string>(type: "jsonb", nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    participating_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    participating_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    participating_enterprises = table.Column<List<string>>(type: "text[]", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    agreement_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    pledges = table.Column<string>(type: "jsonb", nullable: false),
                    outcome_summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi-VN-x-icu"),
                    directive_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    cancellation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "registry.search_key(search_document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_events_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi-VN-x-icu"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    agreement_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    directive_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    lead_agency_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    coordinating_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    partner_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    fields = table.Column<string[]>(type: "text[]", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    submission_due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approving_authority_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    submitted_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_date = table.Column<DateOnly>(type: "date", nullable: true),
                    approval_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    activities = table.Column<string>(type: "jsonb", nullable: false),
                    home_province_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_province_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    party_agency_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    delete_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    search_key = table.Column<string>(type: "text", nullable: false, computedColumnSql: "registry.search_key(search_document)", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_plans_provinces_home_province_code",
                        column: x => x.home_province_code,
                        principalSchema: "registry",
                        principalTable: "provinces",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "public_holidays",
                schema: "registry",
                columns: table => new
                {
                    country_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi-VN-x-icu"),
                    provisional = table.Column<bool>(type: "boolean", nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_holidays", x => new { x.country_code, x.date });
                });

            migrationBuilder.CreateTable(
                name: "agreement_revisions",
                schema: "registry",
                columns: table => new
                {
                    agreement_id = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi-VN-x-icu"),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "vi-VN-x-icu"),
                    recorded_by_agency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by_client = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    create_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agreement_revisions", x => new { x.agreement_id, x.number });
                    table.ForeignKey(
                        name: "fk_agreement_revisions_agreements_agreement_id",
                        column: x => x.agreement_id,
                        principalSchema: "registry",
                        principalTable: "agreements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_chunks",
                schema: "registry",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "character varying(40)", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_chunks", x => new { x.document_id, x.sequence });
                    table.CheckConstraint("ck_document_chunks_size", "octet_length(data) BETWEEN 1 AND 1048576");
                    table.ForeignKey(
                        name: "fk_document_chunks_record_document_document_id",
                        column: x => x.document_id,
                        principalSchema: "registry",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_create_time",
                schema: "registry",
                table: "agreements",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_delete_time",
                schema: "registry",
                table: "agreements",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_directive_ids",
                schema: "registry",
                table: "agreements",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_fields",
                schema: "registry",
                table: "agreements",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_home_province_code",
                schema: "registry",
                table: "agreements",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_party_agency_ids",
                schema: "registry",
                table: "agreements",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_party_province_codes",
                schema: "registry",
                table: "agreements",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_search_key",
                schema: "registry",
                table: "agreements",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_agreements_signing_date",
                schema: "registry",
                table: "agreements",
                column: "signing_date");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_state",
                schema: "registry",
                table: "agreements",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "ix_agreements_title",
                schema: "registry",
                table: "agreements",
                column: "title");

            migrationBuilder.CreateIndex(
                name: "ix_directives_create_time",
                schema: "registry",
                table: "directives",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_directives_delete_time",
                schema: "registry",
                table: "directives",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_directives_home_province_code",
                schema: "registry",
                table: "directives",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_directives_issue_date",
                schema: "registry",
                table: "directives",
                column: "issue_date");

            migrationBuilder.CreateIndex(
                name: "ix_directives_issuer_id",
                schema: "registry",
                table: "directives",
                column: "issuer_id");

            migrationBuilder.CreateIndex(
                name: "ix_directives_kind",
                schema: "registry",
                table: "directives",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_directives_number_key",
                schema: "registry",
                table: "directives",
                column: "number_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_directives_party_agency_ids",
                schema: "registry",
                table: "directives",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_directives_party_province_codes",
                schema: "registry",
                table: "directives",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_directives_search_key",
                schema: "registry",
                table: "directives",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_parent_collection_parent_id_create_time",
                schema: "registry",
                table: "documents",
                columns: new[] { "parent_collection", "parent_id", "create_time" });

            migrationBuilder.CreateIndex(
                name: "ix_events_agreement_ids",
                schema: "registry",
                table: "events",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_create_time",
                schema: "registry",
                table: "events",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_events_delete_time",
                schema: "registry",
                table: "events",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_events_directive_ids",
                schema: "registry",
                table: "events",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_fields",
                schema: "registry",
                table: "events",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_home_province_code",
                schema: "registry",
                table: "events",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_events_organiser_id",
                schema: "registry",
                table: "events",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_participating_agency_ids",
                schema: "registry",
                table: "events",
                column: "participating_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_participating_province_codes",
                schema: "registry",
                table: "events",
                column: "participating_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_party_agency_ids",
                schema: "registry",
                table: "events",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_party_province_codes",
                schema: "registry",
                table: "events",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_place_province_code",
                schema: "registry",
                table: "events",
                column: "place_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_events_search_key",
                schema: "registry",
                table: "events",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_events_start_date",
                schema: "registry",
                table: "events",
                column: "start_date");

            migrationBuilder.CreateIndex(
                name: "ix_plans_agency_ids",
                schema: "registry",
                table: "plans",
                column: "agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_agreement_ids",
                schema: "registry",
                table: "plans",
                column: "agreement_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_create_time",
                schema: "registry",
                table: "plans",
                column: "create_time");

            migrationBuilder.CreateIndex(
                name: "ix_plans_delete_time",
                schema: "registry",
                table: "plans",
                column: "delete_time");

            migrationBuilder.CreateIndex(
                name: "ix_plans_directive_ids",
                schema: "registry",
                table: "plans",
                column: "directive_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_fields",
                schema: "registry",
                table: "plans",
                column: "fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_home_province_code",
                schema: "registry",
                table: "plans",
                column: "home_province_code");

            migrationBuilder.CreateIndex(
                name: "ix_plans_lead_agency_id",
                schema: "registry",
                table: "plans",
                column: "lead_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_partner_province_codes",
                schema: "registry",
                table: "plans",
                column: "partner_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_party_agency_ids",
                schema: "registry",
                table: "plans",
                column: "party_agency_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_party_province_codes",
                schema: "registry",
                table: "plans",
                column: "party_province_codes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_plans_search_key",
                schema: "registry",
                table: "plans",
                column: "search_key")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_plans_state",
                schema: "registry",
                table: "plans",
                column: "state");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_revisions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "directives",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "document_chunks",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "events",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "plans",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "public_holidays",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "agreements",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "registry");
        }
    }
}
