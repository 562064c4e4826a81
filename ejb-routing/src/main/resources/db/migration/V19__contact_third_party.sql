-- The external party of a consult or conference on a call: its number, CONSULTING or CONFERENCED, and since when.
alter table cc_contact add column third_party_number varchar(64);
alter table cc_contact add column third_party_state varchar(12);
alter table cc_contact add column third_party_since timestamp with time zone;
