-- The case type decides the deadline: a SAR runs on the statutory month (UK GDPR Art 12(3)) and
-- has no internal target; a disclosure request always has one, in working days (and, for urgent
-- work, in hours as well). The entity reads its mode from the type; the database holds it to that.
alter table case_file add constraint ck_case_file_deadline_by_type check (
    (case_type = 'SAR' and target_working_days is null and target_hours is null)
    or (case_type = 'DISCLOSURE' and target_working_days is not null)
);
