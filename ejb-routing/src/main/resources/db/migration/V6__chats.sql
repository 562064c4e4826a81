-- Web chat issue: chats (a customer's conversation, one contact each; a resumed chat links to the one before) and
-- their messages, each persisted before it is acknowledged, numbered per chat.

create table cc_chat (
    id varchar(36) primary key,
    contact_id varchar(36) not null unique,
    previous_chat_id varchar(36) references cc_chat (id),
    flow_id varchar(36),
    callback_contact_id varchar(36),
    token_hash varchar(64) not null unique,
    display_name varchar(128) not null,
    state varchar(12) not null,
    started_at timestamp with time zone not null,
    ended_at timestamp with time zone,
    end_reason varchar(255),
    last_customer_activity timestamp with time zone not null,
    next_sequence integer not null,
    version bigint not null
);
create table cc_chat_message (
    chat_id varchar(36) not null references cc_chat (id),
    seq integer not null,
    participant varchar(10) not null,
    sender varchar(128),
    content text not null,
    options text,
    client_id varchar(64),
    sent_at timestamp with time zone not null,
    primary key (chat_id, seq)
);
create index cc_chat_message_client on cc_chat_message (chat_id, client_id);
