-- The caller id an outbound call of a queue presents (Amazon Connect's OutboundCallerConfig: name and number).
alter table cc_queue add column outbound_caller_id_name varchar(255);
alter table cc_queue add column outbound_caller_id_number varchar(16);
