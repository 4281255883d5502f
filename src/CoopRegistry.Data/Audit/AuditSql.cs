namespace CoopRegistry.Data.Audit;

/// <summary>
/// Raw SQL for the audit chain, called from its migration: the head row that serializes appends
/// (its row lock) and remembers the last entry, which only ever moves forward.
/// </summary>
public static class AuditSql
{
    public const string CreateHeadSql = """
        CREATE TABLE registry.audit_head (
            id integer PRIMARY KEY CHECK (id = 1),
            sequence bigint NOT NULL,
            hash bytea NOT NULL,
            time timestamptz NOT NULL
        );
        INSERT INTO registry.audit_head VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000', '-infinity');
        CREATE FUNCTION registry.audit_head_forward_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND NEW.sequence > OLD.sequence THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'the audit head only moves forward: % refused', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER audit_head_forward_only
            BEFORE UPDATE OR DELETE ON registry.audit_head
            FOR EACH ROW EXECUTE FUNCTION registry.audit_head_forward_only();
        CREATE TRIGGER audit_head_no_truncate
            BEFORE TRUNCATE ON registry.audit_head
            FOR EACH STATEMENT EXECUTE FUNCTION registry.audit_head_forward_only();
        """;

    public const string DropHeadSql = """
        DROP TABLE IF EXISTS registry.audit_head;
        DROP FUNCTION IF EXISTS registry.audit_head_forward_only();
        """;
}
