-- An agent's Missed / Rejected / Error block (Amazon Connect: until the agent changes its status); survives a restart.
ALTER TABLE cc_agent_state ADD COLUMN blocked VARCHAR(20);
