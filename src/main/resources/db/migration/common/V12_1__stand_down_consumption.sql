-- At stand-down the commander says how much of each supply line was used (booked out of the warehouse as
-- CONSUMED, the rest released) and which task events go on with their units instead of ending with the response.
ALTER TABLE activation_line ADD COLUMN consumed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activation_line ADD COLUMN handed_over BOOLEAN NOT NULL DEFAULT FALSE;
