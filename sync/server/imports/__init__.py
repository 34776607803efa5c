"""CSV imports of external data (customers, accounts, profitability) through the change feed."""
