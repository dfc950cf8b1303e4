-- Nothing belongs to no module yet; this keeps the root history table in place.
SELECT 1;
