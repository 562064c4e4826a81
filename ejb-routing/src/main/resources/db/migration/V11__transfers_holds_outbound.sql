-- Transfers (the chain of contacts: initial, previous, next), holds (count, total and longest, the hold in
-- progress) and outbound contacts (the customer's endpoint the agent dials) — Amazon Connect's contact record fields.
alter table cc_contact add column initial_contact_id varchar(36);
alter table cc_contact add column previous_contact_id varchar(36);
alter table cc_contact add column next_contact_id varchar(36);
alter table cc_contact add column transfer_completed_at timestamp with time zone;
alter table cc_contact add column customer_endpoint varchar(64);
alter table cc_contact add column on_hold_since timestamp with time zone;
alter table cc_contact add column hold_count integer default 0 not null;
alter table cc_contact add column hold_millis bigint default 0 not null;
alter table cc_contact add column longest_hold_millis bigint default 0 not null;
create index cc_contact_previous on cc_contact (previous_contact_id);
