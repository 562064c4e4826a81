-- The flow an outbound call of the queue plays to the customer once answered (Amazon Connect's OutboundCallerConfig.OutboundFlowId).
alter table cc_queue add column outbound_whisper_flow_id varchar(36);
