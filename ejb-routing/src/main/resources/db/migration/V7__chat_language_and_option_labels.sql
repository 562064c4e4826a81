-- Web chat issue, second part: the language a chat's system messages are written in (en, ja) and the labels of a
-- flow question's option buttons. (An ended chat's single successor is kept by locking the ended chat while resuming,
-- not by an index: every message updates its chat's row, and H2 rewrites every index of a row it updates.)

alter table cc_chat add column language varchar(8) default 'en' not null;
alter table cc_chat_message add column option_labels text;
-- the hardening issue: why a contact was ended by someone else than its agent (a supervisor's end, with a reason)
alter table cc_contact add column disconnect_reason varchar(255);
