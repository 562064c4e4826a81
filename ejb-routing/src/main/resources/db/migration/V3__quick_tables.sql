-- Quick tables (contact flows issue): named key/value tables that flows read and write (Connect's data tables).

create table cc_quick_table (
    id varchar(36) primary key,
    name varchar(127) not null unique,
    description varchar(250),
    version bigint not null
);
create table cc_quick_table_item (
    table_id varchar(36) not null references cc_quick_table (id),
    item_key varchar(256) not null,
    item_value text not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    primary key (table_id, item_key)
);
