-- The value of the Authorization header an external function is called with (write-only in the API; never logged).
ALTER TABLE cc_external_function ADD COLUMN authorization_header VARCHAR(2048);
