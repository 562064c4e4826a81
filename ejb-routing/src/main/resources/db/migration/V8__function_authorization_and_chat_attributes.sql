-- The value of the Authorization header an external function is called with (write-only in the API; never logged).
ALTER TABLE cc_external_function ADD COLUMN authorization_header VARCHAR(2048);
-- The attributes a chat started with: a chat whose flow run a crash lost starts its flow again with them.
create table cc_chat_attribute (
    chat_id varchar(36) not null references cc_chat (id),
    name varchar(128) not null,
    attribute_value varchar(1024),
    primary key (chat_id, name)
);
