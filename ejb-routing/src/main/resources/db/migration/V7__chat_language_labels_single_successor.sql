-- Web chat issue, second part: the language a chat's system messages are written in (en, ja), the labels of a flow
-- question's option buttons, and at most one successor per ended chat (a second resume answers the first one's chat).

alter table cc_chat add column language varchar(8) default 'en' not null;
alter table cc_chat_message add column option_labels text;
create unique index cc_chat_single_successor on cc_chat (previous_chat_id);
