"""Shop import: a transaction export turned into a shop folder (catalogue, events, users, prices)."""
