-- A contact that ends in its flow without being queued has a record too: no queue, no enqueue time.
alter table cc_contact alter column queue_id drop not null;
alter table cc_contact alter column enqueued_at drop not null;

-- The recordings archive: where a chat's stored transcript is, the moves of the retention policy that have begun and
-- not finished (so a crash leaves the old or the new object valid and no orphan), and the audit of accesses.
alter table cc_contact add column transcript_location varchar(1024);
alter table cc_contact add column transcript_status varchar(12);
-- what the archive looks for: recordings by age, chats whose transcript is not stored yet or is to be moved
create index cc_contact_recording_age on cc_contact (recording_status, initiated_at);
create index cc_contact_transcript_age on cc_contact (channel, transcript_status, initiated_at);

create table cc_recording_move (
    contact_id varchar(36) not null,
    kind varchar(20) not null,
    from_location varchar(1024) not null,
    to_location varchar(1024),
    started_at timestamp with time zone not null,
    primary key (contact_id, kind)
);

create table cc_audit_event (
    id varchar(36) primary key,
    at timestamp with time zone not null,
    username varchar(128) not null,
    action varchar(64) not null,
    contact_id varchar(36),
    detail varchar(1024),
    remote_address varchar(64)
);
create index cc_audit_event_at on cc_audit_event (at, id);

-- the BI view gains the transcript's location
drop view cc_contact_record;
create view cc_contact_record as
select c.id as contact_id, c.initial_contact_id, c.previous_contact_id, c.next_contact_id, c.channel, c.initiation_method, c.state,
    c.initiated_at, c.connected_to_system_at, c.enqueued_at, c.dequeued_at, c.connected_to_agent_at, c.acw_started_at,
    c.acw_ended_at, c.disconnected_at, c.last_updated_at, c.transfer_completed_at,
    c.customer_endpoint, c.system_endpoint, c.transferred_to_endpoint,
    c.queue_id, q.name as queue_name, q.type as queue_type, c.agent_id, u.username as agent_username, c.agent_profile_id, p.name as agent_routing_profile_name,
    c.offer_count as agent_connection_attempts, c.missed_count, c.rejected_count, c.hold_count, c.hold_millis, c.longest_hold_millis,
    c.queue_millis, c.interaction_millis, c.acw_millis, c.disconnect_reason, c.priority, c.flow_id, c.flow_version,
    c.recording_location, c.recording_status, c.recording_type, c.recording_deletion_reason, c.transcript_location, c.transcript_status
from cc_contact c
left join cc_queue q on q.id = c.queue_id
left join cc_user u on u.id = c.agent_id
left join cc_routing_profile p on p.id = c.agent_profile_id;
