-- A compelled disclosure (a court order, a coroner's notice, Cafcass's right to examine records):
-- the day the order must be complied with, which is the case's target, and the order's reference.
alter table disclosure_request add column comply_by date;
alter table disclosure_request add column order_reference varchar(200);
