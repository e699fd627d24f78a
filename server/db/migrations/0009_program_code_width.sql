-- lpad() cuts a longer string to the width asked for, so the 100th program got "P-10" again.
-- The number now keeps all its digits and is padded to two only when shorter.
CREATE OR REPLACE FUNCTION program_assign_code() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  IF NEW.code IS NULL OR NEW.code = '' THEN
    PERFORM pg_advisory_xact_lock(hashtext('program_code'), NEW.masterplan_id);
    SELECT coalesce(max(substring(code FROM '^P-([0-9]{1,9})$')::integer), 0) + 1 INTO n
      FROM program WHERE masterplan_id = NEW.masterplan_id;
    NEW.code := 'P-' || lpad(n::text, greatest(2, length(n::text)), '0');
  END IF;
  RETURN NEW;
END;
$$;
