-- The day a case's statutory deadline passed with the case still open.
alter table case_file add column breached_on date;
