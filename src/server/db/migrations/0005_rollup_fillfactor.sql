-- Roll-up rows are updated on every figure entered below them: free space on each page keeps the
-- updates in place (HOT), so a unit's totals for a period stay together for the dashboard read.
ALTER TABLE data_rollups SET (fillfactor = 70);
