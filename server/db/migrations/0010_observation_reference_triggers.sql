-- observation.program_indicator_id: from a declared foreign key to statement triggers.
-- A declared foreign key checks every inserted row with its own lookup; for a million-row
-- import that was about 4 of the 7 seconds PostgreSQL spent storing the rows. The triggers
-- below keep the same rules, checked once per statement:
--   * every program indicator an INSERT refers to must exist; it is locked FOR KEY SHARE
--     until the transaction ends (as a foreign key check locks it), so it can't be deleted
--     under a running import; a missing one is error 23503 (foreign_key_violation);
--   * an UPDATE that changes program_indicator_id is checked the same way (rare: per row);
--   * deleting program indicators deletes their realisations (ON DELETE CASCADE before),
--     as does TRUNCATE of program_indicator.
ALTER TABLE "observation" DROP CONSTRAINT "observation_program_indicator_id_program_indicator_id_fk";--> statement-breakpoint
CREATE FUNCTION observation_check_program_indicators() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids integer[];
  missing integer;
BEGIN
  SELECT array_agg(DISTINCT program_indicator_id) INTO ids FROM new_rows;
  IF ids IS NULL THEN RETURN NULL; END IF;
  PERFORM 1 FROM program_indicator p WHERE p.id = ANY (ids) FOR KEY SHARE OF p;
  SELECT x INTO missing FROM unnest(ids) x
   WHERE NOT EXISTS (SELECT 1 FROM program_indicator p WHERE p.id = x) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'insert or update on table "observation" violates its reference to "program_indicator"'
      USING ERRCODE = 'foreign_key_violation', TABLE = 'observation',
            DETAIL = format('Key (program_indicator_id)=(%s) is not present in table "program_indicator".', missing);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION observation_check_program_indicator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM program_indicator p WHERE p.id = NEW.program_indicator_id FOR KEY SHARE OF p;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "observation" violates its reference to "program_indicator"'
      USING ERRCODE = 'foreign_key_violation', TABLE = 'observation',
            DETAIL = format('Key (program_indicator_id)=(%s) is not present in table "program_indicator".', NEW.program_indicator_id);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION program_indicator_delete_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM observation o USING old_rows d WHERE o.program_indicator_id = d.id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION program_indicator_truncate_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM observation;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION program_indicator_keep_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM observation WHERE program_indicator_id = OLD.id) THEN
    RAISE EXCEPTION 'update on table "program_indicator" would leave realisations without their program indicator'
      USING ERRCODE = 'foreign_key_violation', TABLE = 'program_indicator';
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER observation_program_indicator_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_check_program_indicators();--> statement-breakpoint
CREATE TRIGGER observation_program_indicator_update AFTER UPDATE OF program_indicator_id ON observation
  FOR EACH ROW WHEN (OLD.program_indicator_id IS DISTINCT FROM NEW.program_indicator_id)
  EXECUTE FUNCTION observation_check_program_indicator();--> statement-breakpoint
CREATE TRIGGER program_indicator_delete_observations AFTER DELETE ON program_indicator
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION program_indicator_delete_observations();--> statement-breakpoint
CREATE TRIGGER program_indicator_truncate_observations AFTER TRUNCATE ON program_indicator
  FOR EACH STATEMENT EXECUTE FUNCTION program_indicator_truncate_observations();--> statement-breakpoint
CREATE TRIGGER program_indicator_keep_id AFTER UPDATE OF id ON program_indicator
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION program_indicator_keep_id();
