-- The ground of a subject access request's extension: COMPLEX or NUMEROUS, the only two UK GDPR
-- Art 12(3) allows. Null for cases extended before the ground was recorded.
alter table case_file add column extension_ground varchar(16);
