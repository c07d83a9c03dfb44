-- Urgent safeguarding work has a target in hours of calendar time, not working days: the hours and
-- the moment they run out (a weekend or bank holiday does not move it).
alter table case_file add column target_hours integer;
alter table case_file add column due_at timestamp(6) with time zone;
